using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Diagnostics;

/// <summary>Exception text an operator can read on one line: the root cause, never a stack trace.</summary>
internal static class Failures
{
    public static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (current.InnerException is { } inner)
        {
            current = inner;
        }

        return current;
    }

    /// <summary>The validation failures of a configuration section, or the root cause of anything else.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        OptionsValidationException validation => string.Join(" ", validation.Failures),
        AggregateException aggregate when aggregate.InnerExceptions.All(inner => inner is OptionsValidationException) =>
            string.Join(" ", aggregate.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures)),
        _ => Chain(exception),
    };

    private static string Chain(Exception exception)
    {
        var root = Innermost(exception);
        var outer = $"{exception.GetType().Name}: {FirstLine(exception.Message)}";
        return ReferenceEquals(root, exception) ? outer : $"{outer} ({FirstLine(root.Message)})";
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
