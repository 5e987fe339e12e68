using System.Globalization;

namespace LoadDriver;

/// <summary>What one run of the driver does; parsed from the command line.</summary>
public sealed record DriverOptions(
    Uri Target,
    ScenarioKind Scenario,
    int Concurrency,
    TimeSpan Duration,
    int? TurnsPerUser,
    TimeSpan Warmup,
    TimeSpan TurnTimeout,
    int? TargetPid,
    IReadOnlyList<int> RepliesPerStep,
    IReadOnlyList<string>? ExpectedPerStep,
    string Label,
    string? JsonPath)
{
    public const string Usage = """
        usage: LoadDriver [options]
               LoadDriver report --out FILE RESULT.json...
          --target URL          bot endpoint (default http://127.0.0.1:3978/api/messages); ignored by 'bare'
          --scenario NAME       echo | intake | claim | bare (default echo)
          --concurrency N       concurrent conversations (default 64)
          --duration T          measured time after warm-up, e.g. 20s, 500ms, 1m (default 20s)
          --turns N             stop after N measured turns per conversation (--duration is then the cap)
          --warmup T            unmeasured time first (default 5s)
          --timeout T           a turn without its replies after this long is a timeout (default 10s)
          --pid PID             sample the target's RSS and CPU time from /proc/PID (bare: the driver itself)
          --replies LIST        expected replies per user message, e.g. 1 or 1,1,1,2,1 for intake (default 1)
          --expect LIST         intake only: text each step's replies must contain, '|'-separated, e.g.
                                'Which platform?|error code|How many|File a ticket|Ticket filed.'
          --auth none           the only mode: local-mode bots take unauthenticated loopback requests
          --label NAME          name of the target in results (default: the scenario's target kind)
          --json FILE           also write the result as JSON to FILE
        """;

    public static DriverOptions Parse(IReadOnlyList<string> args)
    {
        var target = new Uri("http://127.0.0.1:3978/api/messages");
        var scenario = ScenarioKind.Echo;
        var concurrency = 64;
        var duration = TimeSpan.FromSeconds(20);
        int? turns = null;
        var warmup = TimeSpan.FromSeconds(5);
        var timeout = TimeSpan.FromSeconds(10);
        int? pid = null;
        IReadOnlyList<int> replies = [1];
        IReadOnlyList<string>? expected = null;
        string? label = null;
        string? json = null;

        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[++i] : throw new OptionException($"{name} needs a value");
            switch (name)
            {
                case "--target": target = ParseLoopbackUri(value); break;
                case "--scenario": scenario = ParseScenario(value); break;
                case "--concurrency": concurrency = ParsePositive(name, value); break;
                case "--duration": duration = ParseDuration(name, value); break;
                case "--turns": turns = ParsePositive(name, value); break;
                case "--warmup": warmup = ParseDuration(name, value, allowZero: true); break;
                case "--timeout": timeout = ParseDuration(name, value); break;
                case "--pid": pid = ParsePositive(name, value); break;
                case "--replies": replies = [.. value.Split(',').Select(v => ParsePositive(name, v))]; break;
                case "--expect": expected = value.Split('|'); break;
                case "--auth" when value == "none": break;
                case "--auth": throw new OptionException("--auth: only 'none' is supported (bots in local mode)");
                case "--label": label = value; break;
                case "--json": json = value; break;
                default: throw new OptionException($"unknown option {name}");
            }
        }

        var steps = Scenarios.StepCount(scenario);
        if (replies.Count != 1 && replies.Count != steps)
        {
            throw new OptionException($"--replies: give 1 or {steps} values for {scenario}");
        }
        if (expected is not null && (scenario != ScenarioKind.Intake || expected.Count != steps))
        {
            throw new OptionException($"--expect: give {Scenarios.StepCount(ScenarioKind.Intake)} texts, for intake only (echo checks its own)");
        }

        return new DriverOptions(
            target, scenario, concurrency, duration, turns, warmup, timeout, pid,
            replies.Count == 1 ? [.. Enumerable.Repeat(replies[0], steps)] : replies,
            expected,
            label ?? (scenario == ScenarioKind.Bare ? "bare" : target.Authority),
            json);
    }

    public static TimeSpan ParseDuration(string name, string value, bool allowZero = false)
    {
        var (number, scale) = value switch
        {
            _ when value.EndsWith("ms", StringComparison.Ordinal) => (value[..^2], 0.001),
            _ when value.EndsWith('s') => (value[..^1], 1.0),
            _ when value.EndsWith('m') => (value[..^1], 60.0),
            _ => (value, 1.0),
        };
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            || amount < 0 || (amount == 0 && !allowZero))
        {
            throw new OptionException($"{name}: '{value}' is not a duration such as 20s, 500ms or 1m");
        }
        return TimeSpan.FromSeconds(amount * scale);
    }

    private static int ParsePositive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new OptionException($"{name}: '{value}' is not a positive whole number");

    private static ScenarioKind ParseScenario(string value) => value switch
    {
        "echo" => ScenarioKind.Echo,
        "intake" => ScenarioKind.Intake,
        "bare" => ScenarioKind.Bare,
        "claim" => ScenarioKind.Claim,
        _ => throw new OptionException($"--scenario: '{value}' is not echo, intake, claim or bare"),
    };

    // The stub connector and the bots' local mode are loopback-only; refusing other hosts keeps load off real services.
    private static Uri ParseLoopbackUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.IsLoopback && uri.Scheme == Uri.UriSchemeHttp
            ? uri
            : throw new OptionException($"--target: '{value}' is not an http URL on a loopback address");
}

/// <summary>A command line the driver cannot run; the message says which option and why.</summary>
public sealed class OptionException(string message) : Exception(message);
