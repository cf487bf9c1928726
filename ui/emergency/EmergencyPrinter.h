#pragma once

#include "ui/emergency/EmergencyCard.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace hearth::ui {

// Lays an emergency card out for paper: one A4/Letter page, or a wallet
// card (85.6 × 54 mm, front and back to cut out and fold), to a printer or
// a PDF file.
class EmergencyPrinter
{
    Q_DECLARE_TR_FUNCTIONS(hearth::ui::EmergencyPrinter)
public:
    enum class Layout { Page, WalletCard };

    // The one-page layout as HTML (also the page's preview).
    static QString html(const EmergencyCard &card);
    // Paints onto a printer or PDF writer that is ready to paint.
    static void paint(const EmergencyCard &card, Layout layout, QPagedPaintDevice *device);
    // Writes a PDF; false when the file cannot be written.
    static bool savePdf(const EmergencyCard &card, Layout layout, const QString &path);
};

} // namespace hearth::ui
