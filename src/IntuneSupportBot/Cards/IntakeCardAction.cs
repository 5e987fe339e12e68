using System.Text.Json.Serialization;

namespace IntuneSupportBot.Cards;

/// <summary>
/// What an intake card button sends back (Action.Submit data, arriving as the message's <c>value</c>):
/// <c>{ "intake": "confirm" }</c> or <c>{ "intake": "edit", "field": "platform" }</c>.
/// </summary>
public sealed record IntakeCardAction(string Intake, string? Field = null)
{
    public const string Confirm = "confirm";
    public const string Edit = "edit";
}

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IntakeCardAction))]
internal sealed partial class IntakeCardJsonContext : JsonSerializerContext;
