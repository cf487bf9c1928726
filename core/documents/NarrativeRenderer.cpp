#include "core/documents/NarrativeRenderer.h"

#include "core/documents/ClinicalDocument.h"

#include <QStringList>
#include <QXmlStreamReader>

namespace hearth {

namespace {

using L = QLatin1String;

// colspan / rowspan: small positive numbers only.
QString spanAttributes(const QXmlStreamAttributes &attributes)
{
    QString out;
    for (const char *name : { "colspan", "rowspan" }) {
        const QStringView value = attributes.value(QLatin1String(name));
        bool ok = false;
        const int n = value.toInt(&ok);
        if (ok && n > 1 && n < 1000)
            out += QLatin1Char(' ') + QLatin1String(name) + QStringLiteral("=\"%1\"").arg(n);
    }
    return out;
}

// Opening and closing HTML for one narrative element.
void translate(
    QStringView name, const QXmlStreamAttributes &attributes, QString &open, QString &close)
{
    static const char *const same[]
        = { "table", "thead", "tbody", "tfoot", "tr", "caption", "sub", "sup" };
    for (const char *tag : same) {
        if (name == QLatin1String(tag)) {
            open = QLatin1Char('<') + QLatin1String(tag) + QLatin1Char('>');
            close = QStringLiteral("</") + QLatin1String(tag) + QLatin1Char('>');
            return;
        }
    }
    if (name == L("td") || name == L("th")) {
        open = QLatin1Char('<') + name.toString() + spanAttributes(attributes) + QLatin1Char('>');
        close = QStringLiteral("</") + name.toString() + QLatin1Char('>');
    } else if (name == L("paragraph")) {
        open = QStringLiteral("<p>");
        close = QStringLiteral("</p>");
    } else if (name == L("list")) {
        const bool ordered = attributes.value(L("listType")) == L("ordered");
        open = ordered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
        close = ordered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
    } else if (name == L("item")) {
        open = QStringLiteral("<li>");
        close = QStringLiteral("</li>");
    } else if (name == L("br")) {
        open = QStringLiteral("<br>");
    } else if (name == L("footnote") || name == L("footnoteRef")) {
        open = QStringLiteral("<small>");
        close = QStringLiteral("</small>");
    } else if (name == L("renderMultiMedia")) {
        open = QStringLiteral("<span class=\"media\">[")
            + NarrativeRenderer::tr("picture not shown") + QStringLiteral("]</span>");
    } else if (name == L("content") || name == L("linkHtml")) {
        // styleCode is a space-separated list; revised="delete" is struck through.
        const QString style = attributes.value(L("styleCode")).toString().toLower();
        QStringList tags;
        if (style.contains(L("bold")))
            tags << QStringLiteral("b");
        if (style.contains(L("italics")) || style.contains(L("emphasis")))
            tags << QStringLiteral("i");
        if (style.contains(L("underline")))
            tags << QStringLiteral("u");
        if (attributes.value(L("revised")) == L("delete"))
            tags << QStringLiteral("del");
        for (const QString &t : tags)
            open += QLatin1Char('<') + t + QLatin1Char('>');
        for (auto it = tags.crbegin(); it != tags.crend(); ++it)
            close += QStringLiteral("</") + *it + QLatin1Char('>');
    }
    // Anything else (col, colgroup, unknown extensions): only its text shows.
}

QString itemDetails(const DocumentItem &item)
{
    QStringList parts;
    if (!item.value.isEmpty())
        parts << (item.unit.isEmpty() ? item.value : item.value + QLatin1Char(' ') + item.unit);
    if (!item.referenceRange.isEmpty())
        parts << NarrativeRenderer::tr("range %1").arg(item.referenceRange);
    if (!item.dose.isEmpty())
        parts << item.dose;
    if (!item.route.isEmpty())
        parts << item.route;
    if (!item.reactions.isEmpty())
        parts << item.reactions.join(QLatin1String(", "));
    if (!item.severity.isEmpty())
        parts << item.severity;
    if (!item.status.isEmpty())
        parts << item.status;
    if (item.negated)
        parts << NarrativeRenderer::tr("not done / none");
    return parts.join(QLatin1String("; "));
}

QString codeLabel(const DocumentCode &code)
{
    return code.code.isEmpty() ? QString() : code.systemLabel() + QLatin1Char(' ') + code.code;
}

} // namespace

QString NarrativeRenderer::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString NarrativeRenderer::renderNarrative(const QString &narrativeXml)
{
    QXmlStreamReader reader(QStringLiteral("<text>") + narrativeXml + QStringLiteral("</text>"));
    QString html;
    QStringList closing;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            QString open;
            QString close;
            if (!closing.isEmpty()) // the wrapper itself renders nothing
                translate(reader.name(), reader.attributes(), open, close);
            html += open;
            closing.append(close);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!closing.isEmpty())
                html += closing.takeLast();
            break;
        case QXmlStreamReader::Characters:
            html += escape(reader.text().toString());
            break;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            return escape(tr("This narrative cannot be shown."));
        default:
            break;
        }
    }
    if (reader.hasError()) {
        // Our own serialisation is well-formed; anything else is shown as
        // plain text rather than half-rendered.
        return QStringLiteral("<pre>") + escape(narrativeXml) + QStringLiteral("</pre>");
    }
    return html;
}

QString NarrativeRenderer::renderDocument(const ClinicalDocument &document)
{
    const DocumentHeader &h = document.header;
    QString html;
    html += QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
        "body{font-family:sans-serif;margin:1em;}"
        "table{border-collapse:collapse;margin:0.5em 0;}"
        "td,th{border:1px solid #999;padding:2px 6px;vertical-align:top;text-align:left;}"
        "th{background:#eee;}"
        ".header td{border:none;}"
        ".section{display:flex;gap:2em;border-top:1px solid #ccc;margin-top:1em;}"
        ".narrative{flex:3;}.entries{flex:2;font-size:90%;}"
        ".code{color:#555;}"
        "</style></head><body>");
    html += QStringLiteral("<h1>") + escape(h.title.isEmpty() ? document.profile : h.title)
        + QStringLiteral("</h1><table class=\"header\">");
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><th>") + escape(label) + QStringLiteral("</th><td>")
                + escape(value) + QStringLiteral("</td></tr>");
    };
    QString patient = h.patientName;
    if (h.patientBirth.isValid())
        patient += QStringLiteral(", ") + tr("born %1").arg(h.patientBirth.toIso());
    if (!h.patientGender.isEmpty())
        patient += QStringLiteral(", ") + h.patientGender;
    row(tr("Patient"), patient);
    row(tr("Author"), h.author);
    row(tr("Custodian"), h.custodian);
    row(tr("Date"), h.date.toIso());
    row(tr("Kind"), document.profile);
    html += QStringLiteral("</table>");

    if (!document.unstructuredMediaType.isEmpty()) {
        html += QStringLiteral("<p>")
            + escape(tr("The body of this document is a %1 file, not structured text.")
                         .arg(document.unstructuredMediaType))
            + QStringLiteral("</p>");
    }
    for (int i = 0; i < document.sections.size(); ++i) {
        const DocumentSection &s = document.sections.at(i);
        html += QStringLiteral("<h2>") + escape(s.title) + QStringLiteral("</h2>");
        html += QStringLiteral("<div class=\"section\"><div class=\"narrative\">");
        html += s.narrativeXml.isEmpty() ? QString() : renderNarrative(s.narrativeXml);
        html += QStringLiteral("</div>");
        QString entries;
        for (const DocumentItem &item : document.items) {
            if (item.section != i)
                continue;
            entries += QStringLiteral("<tr><td>") + escape(item.start.toIso())
                + QStringLiteral("</td><td>") + escape(item.text)
                + QStringLiteral("<br><span class=\"code\">") + escape(codeLabel(item.code))
                + QStringLiteral("</span></td><td>") + escape(itemDetails(item))
                + QStringLiteral("</td></tr>");
        }
        if (!entries.isEmpty()) {
            html += QStringLiteral("<div class=\"entries\"><table><tr><th>") + escape(tr("Date"))
                + QStringLiteral("</th><th>") + escape(tr("Item")) + QStringLiteral("</th><th>")
                + escape(tr("Details")) + QStringLiteral("</th></tr>") + entries
                + QStringLiteral("</table></div>");
        }
        html += QStringLiteral("</div>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace hearth
