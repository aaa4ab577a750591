using System.Buffers;
using System.Net;
using System.Text.Json;
using Autotask.Simulator.Query;

namespace Autotask.Simulator.Http;

/// <summary>Writes Autotask-shaped JSON bodies: camelCase data, <c>{"errors":[…]}</c> for API errors.</summary>
static class JsonResponses
{
    static readonly JsonWriterOptions WriterOptions = new() { Indented = false };

    public static Task Write(HttpContext ctx, int status, Action<Utf8JsonWriter> body) => Write(ctx, w =>
    {
        body(w);
        return status;
    });

    /// <summary>Writes a body whose status is known only once it has been written.</summary>
    public static async Task Write(HttpContext ctx, Func<Utf8JsonWriter, int> body)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        int status;
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            status = body(writer);
        }

        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json; charset=utf-8";
        ctx.Response.ContentLength = buffer.WrittenCount;
        await ctx.Response.Body.WriteAsync(buffer.WrittenMemory, ctx.RequestAborted);
    }

    public static Task Ok(HttpContext ctx, Action<Utf8JsonWriter> body) => Write(ctx, 200, body);

    public static Task Errors(HttpContext ctx, HttpStatusCode status, params string[] messages) => Write(ctx, (int)status, w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("errors");
        foreach (var m in messages)
        {
            w.WriteStringValue(m);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>Framework-level errors (wrong verb, routing) use ASP.NET Web API's <c>{"Message": …}</c>.</summary>
    public static Task Message(HttpContext ctx, HttpStatusCode status, string message) => Write(ctx, (int)status, w =>
    {
        w.WriteStartObject();
        w.WriteString("Message", message);
        w.WriteEndObject();
    });

    /// <summary>Runs an API action, turning a rejected query into Autotask's error body.</summary>
    public static async Task Guard(HttpContext ctx, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (QueryException ex)
        {
            await Errors(ctx, ex.Status, ex.Message);
        }
    }
}
