using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkflowAgency.Server.Demo;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Kpis;

/// <summary>The test server, with its fake clock movable by the demo history (forward only, as a fake clock goes).</summary>
public sealed class DemoServerFactory : ServerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IAdjustableClock>(new FakeClock(Time)));
    }

    private sealed class FakeClock(FakeTimeProvider time) : IAdjustableClock
    {
        public TimeProvider Provider => time;

        public void MoveTo(DateTimeOffset now)
        {
            if (now > time.GetUtcNow())
                time.SetUtcNow(now);
        }

        public void Release()
        {
        }
    }
}
