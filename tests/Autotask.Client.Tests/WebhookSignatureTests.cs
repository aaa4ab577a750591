using System.Text;
using Autotask.Client.Webhooks;

namespace Autotask.Client.Tests;

public sealed class WebhookSignatureTests
{
    const string Key = "fake-webhook-key-for-tests";

    // As Autotask serializes it: .NET-style escapes for & and every non-ASCII character.
    static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """{"Action":"Update","Guid":"9b0e4c1a-0000-4000-8000-000000000001","EntityType":"Ticket","Id":12345,"Fields":{"status":5,"title":"Caf\u00E9 \u0026 Stra\u00DFe \u2013 \uD83D\uDE80","completedDate":"2024-05-02T10:11:12Z"},"EventTime":"2024-05-02T10:11:13Z","SequenceNumber":17,"PersonID":29682885}""");

    [Fact]
    public void A_signature_made_with_the_key_over_the_raw_bytes_verifies() =>
        Assert.True(WebhookSignature.Verify(Body, WebhookSignature.Compute(Body, Key), Key));

    [Fact]
    public void The_signature_is_base64_HMAC_SHA1_after_sha1_equals()
    {
        var expected = Convert.ToBase64String(System.Security.Cryptography.HMACSHA1.HashData(Encoding.UTF8.GetBytes(Key), Body));
        Assert.Equal("sha1=" + expected, WebhookSignature.Compute(Body, Key));
        Assert.True(WebhookSignature.Verify(Body, "SHA1=" + expected, Key));
    }

    [Fact]
    public void A_tampered_body_fails()
    {
        var signature = WebhookSignature.Compute(Body, Key);
        var tampered = (byte[])Body.Clone();
        tampered[Array.IndexOf(tampered, (byte)'5')] = (byte)'1';

        Assert.False(WebhookSignature.Verify(tampered, signature, Key));
    }

    [Fact]
    public void The_wrong_key_fails() =>
        Assert.False(WebhookSignature.Verify(Body, WebhookSignature.Compute(Body, Key), "another-fake-key"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha1=")]
    [InlineData("sha1=not base64!")]
    [InlineData("sha256=AAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("sha1=AAAA")]
    public void A_missing_or_malformed_header_fails(string? header) => Assert.False(WebhookSignature.Verify(Body, header, Key));

    [Fact]
    public void The_same_JSON_escaped_differently_does_not_verify_so_raw_bytes_matter()
    {
        var signature = WebhookSignature.Compute(Body, Key);
        var reserialized = Encoding.UTF8.GetBytes(System.Text.Json.JsonDocument.Parse(Body).RootElement.GetRawText().Replace("\\u00E9", "é", StringComparison.Ordinal));

        Assert.False(WebhookSignature.Verify(reserialized, signature, Key));
    }

    [Fact]
    public void The_header_is_found_ignoring_case()
    {
        using var request = new HttpRequestMessage();
        request.Headers.TryAddWithoutValidation("x-hook-signature", WebhookSignature.Compute(Body, Key));
        Assert.True(WebhookSignature.Verify(Body, request.Headers, Key));
    }

    [Fact]
    public void The_payload_parses_with_non_ASCII_field_values()
    {
        var payload = WebhookPayload.Parse(Body);

        Assert.Equal(WebhookAction.Update, payload.Action);
        Assert.Equal(12345, payload.Id);
        Assert.Equal(17, payload.SequenceNumber);
        Assert.Equal(5, payload.FieldAsInt64("Status"));
        Assert.Equal("Café & Straße – 🚀", payload.FieldAsString("title"));
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 10, 11, 12, TimeSpan.Zero), payload.FieldAsDateTime("completedDate"));
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 10, 11, 13, TimeSpan.Zero), payload.EventTime);
    }
}
