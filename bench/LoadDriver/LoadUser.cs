namespace LoadDriver;

/// <summary>What a run needs of any virtual user: its loop and the latencies it measured.</summary>
public sealed record LoadUser(Func<CancellationToken, Task> RunAsync, List<long> Latencies)
{
    public static LoadUser Of(VirtualUser user) => new(user.RunAsync, user.Latencies);

    public static LoadUser Of(ClaimAgent agent) => new(agent.RunAsync, agent.Latencies);
}
