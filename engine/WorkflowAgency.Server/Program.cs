using WorkflowAgency.Server.Demo;
using WorkflowAgency.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddWorkflowAgencyServer();

var app = builder.Build();
await app.PrepareAsync();
if (DemoHistoryCommand.Requested(args))
    return await DemoHistoryCommand.RunAsync(app.Services);
app.UseWorkflowAgencyPipeline();
app.MapWorkflowAgencyEndpoints();
await app.RunAsync();
return 0;
