namespace IntuneSupportBot.Diagnostics;

public enum DoctorStatus
{
    Ok,
    Warn,
    Skip,
    Fail,
}

/// <summary>
/// One line of the <c>doctor</c> report: what was checked, what was found, and for a problem the sentence that
/// tells the operator what to change. Never carries a secret.
/// </summary>
public sealed record DoctorCheck(DoctorStatus Status, string Name, string Detail, string? Fix = null)
{
    public static DoctorCheck Ok(string name, string detail) => new(DoctorStatus.Ok, name, detail);

    public static DoctorCheck Warn(string name, string detail, string fix) => new(DoctorStatus.Warn, name, detail, fix);

    public static DoctorCheck Skip(string name, string reason) => new(DoctorStatus.Skip, name, reason);

    public static DoctorCheck Fail(string name, string detail, string fix) => new(DoctorStatus.Fail, name, detail, fix);

    public string ToLine()
    {
        var status = Status.ToString().ToUpperInvariant();
        var detail = Detail.EndsWith('.') ? Detail : Detail + ".";
        return Fix is null ? $"{status,-4}  {Name}: {detail}" : $"{status,-4}  {Name}: {detail} Fix: {Fix}";
    }
}
