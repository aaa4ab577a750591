using System.Text;
using System.Text.Encodings.Web;
using MimeKit;
using Scorecard.Server.Exports;

namespace Scorecard.Server.Email;

/// <summary>Builds one scorecard's weekly message: the grid as an HTML table in goal colours, and the PDF attached.</summary>
static class WeeklyEmail
{
    static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static MimeMessage Build(string subject, ExportTable grid, byte[] pdf, string pdfName, string from, IEnumerable<string> to)
    {
        var message = new MimeMessage { Subject = subject };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.AddRange(to.Select(MailboxAddress.Parse));
        var body = new BodyBuilder { HtmlBody = HtmlBody(grid), TextBody = $"{grid.Title}\n{grid.Subtitle}\n\nThe scorecard is attached as a PDF." };
        body.Attachments.Add(pdfName, pdf, new ContentType("application", "pdf"));
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>Inline styles only: mail clients drop style sheets. Every value is HTML-encoded.</summary>
    static string HtmlBody(ExportTable grid)
    {
        const string cell = "border:1px solid #e2e5ea;padding:4px 8px;";
        var sb = new StringBuilder("<!doctype html><html><body style=\"font-family:Segoe UI,Arial,sans-serif;color:#1d2330\">");
        sb.Append("<h2>").Append(Html.Encode(grid.Title)).Append("</h2><p style=\"color:#5b6475\">").Append(Html.Encode(grid.Subtitle)).Append("</p>");
        sb.Append("<table style=\"border-collapse:collapse\"><tr>");
        foreach (var h in grid.Headers)
        {
            sb.Append("<th style=\"").Append(cell).Append("background:#f1f3f6\">").Append(Html.Encode(h)).Append("</th>");
        }

        sb.Append("</tr>");
        foreach (var row in grid.Rows)
        {
            sb.Append("<tr>");
            foreach (var c in row)
            {
                var colour = ExportTable.Colour(c.Status);
                sb.Append("<td style=\"").Append(cell).Append(c.Number is null ? "text-align:left;" : "text-align:right;")
                  .Append(colour is null ? "" : $"background:{colour};").Append("\" data-status=\"")
                  .Append(c.Status.ToString().ToLowerInvariant()).Append("\">").Append(Html.Encode(c.Text)).Append("</td>");
            }

            sb.Append("</tr>");
        }

        return sb.Append("</table><p style=\"color:#5b6475\">Green: goal met. Yellow: missed by up to the tolerance. Red: missed.</p></body></html>").ToString();
    }
}
