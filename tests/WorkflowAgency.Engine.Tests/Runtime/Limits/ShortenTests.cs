using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Tests.Runtime.Limits;

public sealed class ShortenTests
{
    [Fact]
    public void a_text_that_fits_is_left_as_it_is() =>
        TextLimits.Shorten("exactly ten", 11).ShouldBe("exactly ten");

    [Fact]
    public void a_longer_text_is_cut_to_the_limit_with_an_ellipsis_and_no_trailing_space() =>
        TextLimits.Shorten("Draft the proposal for Contoso", 11).ShouldBe("Draft the…");

    [Fact]
    public void a_character_made_of_two_utf16_units_is_never_cut_in_half() =>
        TextLimits.Shorten("abc😀def", 5).ShouldBe("abc…");
}
