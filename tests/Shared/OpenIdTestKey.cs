using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace IntuneSupportBot.Testing;

/// <summary>
/// An RSA signing key of <see cref="OpenIdStub"/>: its key id, the channels it is endorsed for (Bot Framework JWKS
/// extension) and its public JWK.
/// </summary>
public sealed class OpenIdTestKey : IDisposable
{
    private readonly RSA rsa = RSA.Create(2048);

    public OpenIdTestKey(string kid, params string[] endorsements)
    {
        Kid = kid;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = kid };
    }

    public string Kid { get; }

    /// <summary>Channels the key may sign for; empty means the JWK has no <c>endorsements</c> member.</summary>
    public IReadOnlyList<string> Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    public JsonObject ToPublicJwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements.Count > 0)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(channel => JsonValue.Create(channel))]);
        }

        return jwk;
    }

    public void Dispose() => rsa.Dispose();
}
