using System.Net;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests;

public sealed class SmokeTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task health_is_open_to_everyone()
    {
        var response = await server.Anonymous().GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
