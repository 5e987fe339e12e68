using Microsoft.IdentityModel.Tokens;

namespace IntuneSupportBot.Testing;

/// <summary>
/// Everything about a token <see cref="OpenIdStub"/> mints; a test's tweak changes one thing to make it wrong.
/// </summary>
public sealed class TokenShape
{
    public required string Issuer { get; set; }

    public required string Audience { get; set; }

    /// <summary>The key that signs; use the stub's <c>UnpublishedKey</c> or <c>UnendorsedKey</c> to break trust.</summary>
    public required OpenIdTestKey Key { get; set; }

    public string Algorithm { get; set; } = SecurityAlgorithms.RsaSha256;

    public required DateTimeOffset IssuedAt { get; set; }

    public required DateTimeOffset NotBefore { get; set; }

    public required DateTimeOffset Expires { get; set; }

    /// <summary>The Bot Connector's <c>serviceurl</c> claim; null leaves the claim out.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Further payload claims (<c>tid</c>, <c>azp</c>, <c>appid</c>, <c>ver</c> …); remove one to omit it.</summary>
    public Dictionary<string, object> Claims { get; } = new(StringComparer.Ordinal);

    /// <summary>Alters the signature after signing, so the token no longer verifies.</summary>
    public bool CorruptSignature { get; set; }
}
