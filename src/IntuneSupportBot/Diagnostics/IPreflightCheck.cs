namespace IntuneSupportBot.Diagnostics;

/// <summary>A <c>doctor</c> check: one or more report lines (a check over three tiers says three things).</summary>
public interface IPreflightCheck
{
    Task<IReadOnlyList<DoctorCheck>> RunAsync(CancellationToken cancellationToken);
}
