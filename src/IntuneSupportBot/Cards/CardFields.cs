using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntuneSupportBot.Cards;

/// <summary>What a card action's data held, once checked: the ticket, the version and the verb's own inputs.</summary>
internal sealed partial record CardFields(string TicketId, int? Version, IReadOnlyDictionary<string, string> Inputs)
{
    private const int MaxTicketIdLength = 24;

    public string? Input(string id) => Inputs.GetValueOrDefault(id);

    /// <summary>
    /// Reads <paramref name="data"/> for <paramref name="verb"/>. Properties named in <paramref name="routing"/>
    /// (the verb's own key) are skipped; inputs of other verbs are tolerated and dropped; anything else, or a
    /// property twice, refuses at once, so a crafted payload costs at most one pass over the known names.
    /// </summary>
    public static CardActionRefusal? TryRead(JsonElement data, string verb, string? routing, out CardFields? fields)
    {
        fields = null;
        if (data.ValueKind != JsonValueKind.Object)
        {
            return new(CardActionRefusalReason.NoData);
        }

        string? ticketId = null;
        int? version = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in data.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                return new(CardActionRefusalReason.UnexpectedValue, property.Name);
            }

            var refusal = property.Name switch
            {
                "ticketId" => ReadTicketId(property.Value, out ticketId),
                "version" => ReadVersion(property.Value, out version),
                _ when property.Name == routing => null,
                _ when VerbInputs.AllIds.Contains(property.Name) => ReadText(property, texts),
                _ => new CardActionRefusal(CardActionRefusalReason.UnexpectedValue, Printable(property.Name)),
            };
            if (refusal is not null)
            {
                return refusal;
            }
        }

        if (ticketId is null)
        {
            return new(CardActionRefusalReason.MissingTicketId);
        }

        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in VerbInputs.For(verb))
        {
            var text = texts.GetValueOrDefault(spec.Id);
            if (string.IsNullOrWhiteSpace(text))
            {
                if (spec.Required)
                {
                    return new(CardActionRefusalReason.MissingInput, spec.Id);
                }

                continue;
            }

            if (text.Length > spec.MaxLength)
            {
                return new(CardActionRefusalReason.TooLong, spec.Id);
            }

            inputs[spec.Id] = text.Trim();
        }

        fields = new CardFields(ticketId, version, inputs);
        return null;
    }

    private static CardActionRefusal? ReadTicketId(JsonElement value, out string? ticketId)
    {
        ticketId = null;
        if (value.ValueKind != JsonValueKind.String)
        {
            return new(CardActionRefusalReason.BadTicketId, "ticketId");
        }

        var text = value.GetString()!;
        if (text.Length == 0)
        {
            return new(CardActionRefusalReason.MissingTicketId, "ticketId");
        }

        if (text.Length > MaxTicketIdLength || !TicketIdPattern().IsMatch(text))
        {
            return new(CardActionRefusalReason.BadTicketId, "ticketId");
        }

        ticketId = text;
        return null;
    }

    private static CardActionRefusal? ReadVersion(JsonElement value, out int? version)
    {
        version = null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 1)
        {
            version = number;
            return null;
        }

        return new(CardActionRefusalReason.BadVersion, "version");
    }

    // Inputs of any verb are bounded too, so a dropped one cannot be a way to send megabytes.
    private static CardActionRefusal? ReadText(JsonProperty property, Dictionary<string, string> texts)
    {
        if (property.Value.ValueKind != JsonValueKind.String)
        {
            return new(CardActionRefusalReason.BadValue, property.Name);
        }

        var text = property.Value.GetString()!;
        if (text.Length > TicketInputs.MaxTextLength)
        {
            return new(CardActionRefusalReason.TooLong, property.Name);
        }

        texts[property.Name] = text;
        return null;
    }

    /// <summary>A property name fit to log: short, letters and digits only.</summary>
    private static string Printable(string name) =>
        new([.. name.Where(char.IsAsciiLetterOrDigit).Take(32)]);

    [GeneratedRegex("^[A-Z]{1,10}-[0-9]{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex TicketIdPattern();
}
