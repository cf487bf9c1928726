#include "ui/emergency/EmergencyPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace hearth::ui {

namespace {

QString list(const QStringList &items, const QString &none)
{
    if (items.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(none.toHtmlEscaped());
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QString contactLine(const EmergencyCard::Contact &contact)
{
    QString line = contact.name;
    if (!contact.relationship.isEmpty())
        line += QStringLiteral(" (%1)").arg(contact.relationship);
    if (!contact.phone.isEmpty())
        line += QStringLiteral(": %1").arg(contact.phone);
    return line;
}

// Text lines that fit in a box, cut with an ellipsis when there is no room.
void drawLines(QPainter &painter, QRectF box, const QStringList &lines)
{
    const QFontMetricsF metrics(painter.font());
    for (const QString &line : lines) {
        if (box.height() < metrics.height())
            break;
        painter.drawText(box.topLeft() + QPointF(0, metrics.ascent()),
            metrics.elidedText(line, Qt::ElideRight, box.width()));
        box.setTop(box.top() + metrics.lineSpacing());
    }
}

QStringList frontLines(const EmergencyCard &card)
{
    QStringList lines;
    lines << EmergencyPrinter::tr("Allergies: %1")
                 .arg(card.allergies.isEmpty() ? EmergencyPrinter::tr("none known")
                                               : card.allergies.join(QStringLiteral(", ")));
    lines << EmergencyPrinter::tr("Conditions: %1")
                 .arg(card.conditions.isEmpty() ? EmergencyPrinter::tr("none known")
                                                : card.conditions.join(QStringLiteral(", ")));
    if (!card.bloodType.isEmpty())
        lines << EmergencyPrinter::tr("Blood type: %1").arg(card.bloodType);
    return lines;
}

QStringList backLines(const EmergencyCard &card)
{
    QStringList lines;
    lines << EmergencyPrinter::tr("Medications:");
    if (card.medications.isEmpty())
        lines << EmergencyPrinter::tr("none");
    for (const QString &medication : card.medications)
        lines << QStringLiteral("• ") + medication;
    lines << EmergencyPrinter::tr("In an emergency call:");
    for (const EmergencyCard::Contact &contact : card.contacts)
        lines << contactLine(contact);
    return lines;
}

void paintWalletCard(const EmergencyCard &card, QPainter &painter, const QRectF &page)
{
    // Card size in device pixels: 85.6 × 54 mm at the device's resolution.
    const qreal perMm = painter.device()->logicalDpiX() / 25.4;
    const QSizeF cardSize(85.6 * perMm, 54 * perMm);
    const qreal padding = 3 * perMm;
    const QRectF front(page.topLeft(), cardSize);
    const QRectF back(front.bottomLeft() + QPointF(0, 6 * perMm), cardSize);

    QPen cut(Qt::gray);
    cut.setStyle(Qt::DashLine);
    cut.setWidthF(0.3 * perMm);
    painter.setPen(cut);
    painter.drawRoundedRect(front, 3 * perMm, 3 * perMm);
    painter.drawRoundedRect(back, 3 * perMm, 3 * perMm);

    QFont title = painter.font();
    title.setPointSizeF(8.5);
    title.setBold(true);
    QFont body = painter.font();
    body.setPointSizeF(6.5);

    painter.setPen(QColor(176, 0, 32));
    painter.setFont(title);
    const QRectF frontInner = front.adjusted(padding, padding, -padding, -padding);
    const QFontMetricsF titleMetrics(title);
    painter.drawText(frontInner.topLeft() + QPointF(0, titleMetrics.ascent()),
        EmergencyPrinter::tr("EMERGENCY MEDICAL INFORMATION"));
    painter.setPen(Qt::black);
    QStringList heading { card.name };
    if (card.birthDate.isValid())
        heading.first() += QStringLiteral(", ")
            + EmergencyPrinter::tr("born %1").arg(
                QLocale().toString(card.birthDate, QLocale::ShortFormat));
    drawLines(painter, frontInner.adjusted(0, titleMetrics.lineSpacing() * 1.3, 0, 0), heading);
    painter.setFont(body);
    drawLines(
        painter, frontInner.adjusted(0, titleMetrics.lineSpacing() * 2.6, 0, 0), frontLines(card));
    drawLines(painter, back.adjusted(padding, padding, -padding, -padding), backLines(card));
}

} // namespace

QString EmergencyPrinter::html(const EmergencyCard &card)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 style=\"color:#b00020\">%1</h1>")
                .arg(tr("Emergency medical information").toHtmlEscaped());
    QString who = card.name.toHtmlEscaped();
    if (card.birthDate.isValid())
        who += QStringLiteral(" · ")
            + tr("born %1")
                  .arg(QLocale().toString(card.birthDate, QLocale::LongFormat))
                  .toHtmlEscaped();
    html += QStringLiteral("<h2>%1</h2>").arg(who);
    if (!card.bloodType.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Blood type: %1").arg(card.bloodType).toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Allergies").toHtmlEscaped())
        + list(card.allergies, tr("No known allergies"));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Active conditions").toHtmlEscaped())
        + list(card.conditions, tr("No known conditions"));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Current medications").toHtmlEscaped())
        + list(card.medications, tr("No current medications"));
    QStringList contacts;
    for (const EmergencyCard::Contact &contact : card.contacts)
        contacts << contactLine(contact);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Emergency contacts").toHtmlEscaped())
        + list(contacts, tr("No emergency contact given"));
    if (!card.notes.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Notes").toHtmlEscaped(), card.notes.toHtmlEscaped());
    }
    if (card.printedOn.isValid()) {
        html += QStringLiteral("<p style=\"color:gray\">%1</p>")
                    .arg(tr("From Hearth, %1")
                             .arg(QLocale().toString(card.printedOn, QLocale::LongFormat))
                             .toHtmlEscaped());
    }
    return html + QStringLiteral("</body></html>");
}

void EmergencyPrinter::paint(const EmergencyCard &card, Layout layout, QPagedPaintDevice *device)
{
    QPainter painter(device);
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const QRectF area(QPointF(0, 0), page.size());
    if (layout == Layout::WalletCard) {
        paintWalletCard(card, painter, area);
        return;
    }
    QTextDocument document;
    // Lay out at the device's resolution, so points are points on paper.
    document.documentLayout()->setPaintDevice(device);
    QFont font = document.defaultFont();
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.setPageSize(area.size());
    document.setHtml(html(card));
    // Shrink to one page when the lists are long.
    const qreal scale = std::min<qreal>(1, area.height() / document.size().height());
    painter.scale(scale, scale);
    document.drawContents(&painter, QRectF(QPointF(0, 0), area.size() / scale));
}

bool EmergencyPrinter::savePdf(const EmergencyCard &card, Layout layout, const QString &path)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return false;
    }
    QPdfWriter writer(path);
    writer.setTitle(tr("Emergency medical information"));
    writer.setCreator(QStringLiteral("Hearth"));
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    paint(card, layout, &writer);
    return QFile(path).size() > 0;
}

} // namespace hearth::ui
