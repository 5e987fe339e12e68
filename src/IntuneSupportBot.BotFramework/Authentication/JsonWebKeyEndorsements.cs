using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace IntuneSupportBot.BotFramework.Authentication;

/// <summary>
/// Reads the Bot Framework's <c>endorsements</c> extension of a JWKS entry: the channels a key may sign for.
/// </summary>
internal static class JsonWebKeyEndorsements
{
    private const string PropertyName = "endorsements";

    public static bool Endorses(this JsonWebKey key, string channelId) =>
        key.AdditionalData.TryGetValue(PropertyName, out var value) && Values(value).Contains(channelId, StringComparer.Ordinal);

    // The JWKS parser keeps unknown members as plain CLR values or as JsonElement depending on the version.
    private static IEnumerable<string?> Values(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : null),
        string => [],
        IEnumerable items => items.Cast<object?>().Select(item => item switch
        {
            string text => text,
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
            _ => null,
        }),
        _ => [],
    };
}
