using WorkflowAgency.Email.Outbox;

namespace WorkflowAgency.Email.Tests.Outbox;

public sealed class RetryScheduleTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Max = TimeSpan.FromHours(1);

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(40, 3600)]
    public void the_wait_doubles_after_each_failure_up_to_the_cap(int attempts, int seconds)
    {
        RetrySchedule.Delay(attempts, First, Max, random: 0).ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void jitter_only_ever_shortens_a_wait_and_by_at_most_a_tenth()
    {
        RetrySchedule.Delay(8, First, Max, random: 0.999999).ShouldBeInRange(TimeSpan.FromMinutes(54), Max);
        RetrySchedule.Delay(1, First, Max, random: 0.5).ShouldBe(TimeSpan.FromSeconds(28.5));
    }
}
