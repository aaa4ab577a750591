using System.Net;

namespace Autotask.Client.Bench;

/// <summary>
/// Records the responses of one run in order, then answers a later run with them without any
/// network or simulator, so the client's own cost can be measured.
/// </summary>
sealed class RecordingHandler
{
    readonly List<(HttpStatusCode Status, byte[] Body)> responses = [];
    int next;

    public bool Replay { get; set; }

    public int Replayed => next;

    public DelegatingHandler Fresh()
    {
        next = 0;
        return new Handler(this);
    }

    sealed class Handler(RecordingHandler owner) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (owner.Replay)
            {
                var (status, body) = owner.responses[owner.next++];
                return new HttpResponseMessage(status) { RequestMessage = request, Content = new ByteArrayContent(body) };
            }

            var response = await base.SendAsync(request, cancellationToken);
            owner.responses.Add((response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken)));
            return response;
        }
    }
}
