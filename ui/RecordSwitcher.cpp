#include "ui/RecordSwitcher.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace hearth::ui {

RecordSwitcher::RecordSwitcher(QWidget *parent)
    : QWidget(parent)
    , m_picture(new QLabel(this))
    , m_records(new QComboBox(this))
{
    setObjectName(QStringLiteral("recordSwitcher"));
    setAccessibleName(tr("Record switcher"));

    m_picture->setObjectName(QStringLiteral("recordPicture"));
    m_picture->setAccessibleName(tr("Picture of the record"));
    const int side = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_picture->setPixmap(style()->standardIcon(QStyle::SP_DirHomeIcon).pixmap(side, side));

    m_records->setObjectName(QStringLiteral("recordList"));
    m_records->setAccessibleName(tr("Records"));
    m_records->setPlaceholderText(tr("No record yet"));
    m_records->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_picture);
    layout->addWidget(m_records, 1);
}

} // namespace hearth::ui
