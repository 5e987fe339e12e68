using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Diagnostics;

/// <summary>The validation the host runs at start-up: what fails here would stop the bot before it listens.</summary>
internal sealed class ConfigurationCheck(IStartupValidator validator) : IPreflightCheck
{
    private const string Name = "Configuration";

    public Task<IReadOnlyList<DoctorCheck>> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            validator.Validate();
            return Result(DoctorCheck.Ok(Name, "the settings the host validates at start-up are valid."));
        }
        catch (Exception exception) when (exception is OptionsValidationException or AggregateException)
        {
            return Result(DoctorCheck.Fail(Name, Failures.Describe(exception), "correct these settings in appsettings.json or the web app's settings, then run doctor again."));
        }
    }

    private static Task<IReadOnlyList<DoctorCheck>> Result(DoctorCheck check) => Task.FromResult<IReadOnlyList<DoctorCheck>>([check]);
}
