using System.Net;
using System.Text;
using FamilyCase.Reports.Model;

namespace FamilyCase.Benchmarks;

/// <summary>The same document model as HTML, for the usual alternative: printing HTML to PDF with headless Chromium.</summary>
public static class HtmlTwin
{
    public static string Of(DocumentModel model)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en-CA\"><head><meta charset=\"utf-8\"><title>").Append(E(model.Info.Title.Value)).Append("</title><style>")
            .Append("body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0}h1{font-size:20pt}h2{font-size:14pt;break-after:avoid}h3{font-size:11.5pt;break-after:avoid}")
            .Append("table{width:100%;border-collapse:collapse}th,td{text-align:left;vertical-align:top;padding:4pt;border-bottom:0.5pt solid #888}thead{display:table-header-group}")
            .Append(".notice{border:1pt solid #000;padding:6pt;font-weight:bold;background:#ececec}.ban{border:1pt solid #000;padding:4pt;font-size:8.5pt;font-weight:bold}")
            .Append("</style></head><body>");
        if (!model.PageNotice.IsEmpty)
        {
            html.Append("<p class=\"ban\">").Append(E(model.PageNotice.Value)).Append("</p>");
        }

        foreach (var section in model.Sections)
        {
            html.Append("<section>").Append(section.IsTitle ? "<h1>" : "<h2>").Append(E(section.Title.Value)).Append(section.IsTitle ? "</h1>" : "</h2>");
            foreach (var block in section.Blocks)
            {
                Block(html, block);
            }

            html.Append("</section>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Block(StringBuilder html, Block block)
    {
        switch (block)
        {
            case Paragraph p:
                html.Append(p.Strong ? "<p><strong>" : "<p>").Append(E(p.Text.Value)).Append(p.Strong ? "</strong></p>" : "</p>");
                break;
            case Subheading h:
                html.Append("<h3>").Append(E(h.Text.Value)).Append("</h3>");
                break;
            case KeyValues pairs:
                html.Append("<table>");
                foreach (var row in pairs.Rows)
                {
                    html.Append("<tr><th scope=\"row\">").Append(E(row.Key.Value)).Append("</th><td>").Append(E(row.Value.Value)).Append("</td></tr>");
                }

                html.Append("</table>");
                break;
            case Table table:
                html.Append("<table><thead><tr>");
                foreach (var header in table.Headers)
                {
                    html.Append("<th scope=\"col\">").Append(E(header.Value)).Append("</th>");
                }

                html.Append("</tr></thead><tbody>");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row)
                    {
                        html.Append("<td>").Append(E(cell.Value)).Append("</td>");
                    }

                    html.Append("</tr>");
                }

                html.Append("</tbody></table>");
                break;
            case BulletList list:
                html.Append("<ul>");
                foreach (var item in list.Items)
                {
                    html.Append("<li>").Append(E(item.Value)).Append("</li>");
                }

                html.Append("</ul>");
                break;
            case Notice notice:
                html.Append("<p class=\"notice\">").Append(E(notice.Text.Value)).Append("</p>");
                break;
            case SignatureLines lines:
                foreach (var label in lines.Labels)
                {
                    html.Append("<p>______________________________<br>").Append(E(label.Value)).Append("</p>");
                }

                break;
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
