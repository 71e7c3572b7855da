using WorkflowAgency.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddWorkflowAgencyServer();

var app = builder.Build();
await app.PrepareAsync();
app.UseWorkflowAgencyPipeline();
app.MapWorkflowAgencyEndpoints();
await app.RunAsync();
