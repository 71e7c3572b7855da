using WorkflowAgency.CrashSafety.Tests.Infrastructure;

namespace WorkflowAgency.CrashSafety.Tests.Load;

/// <summary>The people the load acts as, signed in to one run of the server: account1 (Sales handoff and the account's tasks) and the manager.</summary>
internal sealed class Staff(StaffClient account, StaffClient manager) : IDisposable
{
    public StaffClient Account => account;

    public static async Task<Staff> SignInAsync(ServerProcess server) =>
        new(await StaffClient.SignInAsync(server, "account1"), await StaffClient.SignInAsync(server, "manager"));

    public StaffClient For(string user) => user == manager.User ? manager : account;

    public void Dispose()
    {
        account.Dispose();
        manager.Dispose();
    }
}
