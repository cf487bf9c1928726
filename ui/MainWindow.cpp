#include "ui/MainWindow.h"

#include "core/Settings.h"
#include "ui/Navigator.h"
#include "ui/RecordSwitcher.h"

#include <QCloseEvent>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace hearth::ui {

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_recordSwitcher(new RecordSwitcher)
    , m_navigator(new Navigator)
    , m_content(new QStackedWidget)
    , m_syncState(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Hearth"));
    setAccessibleName(tr("Hearth"));

    auto *sidebar = new QWidget;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->addWidget(m_recordSwitcher);
    sidebarLayout->addWidget(m_navigator, 1);

    m_content->setObjectName(QStringLiteral("content"));
    m_content->setAccessibleName(tr("Content"));
    for (Navigator::Page page : Navigator::pages())
        m_content->addWidget(createPage(Navigator::title(page)));
    connect(m_navigator, &Navigator::pageChanged, this,
        [this](Navigator::Page page) { m_content->setCurrentIndex(int(page)); });

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(sidebar);
    splitter->addWidget(m_content);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 240, 760 });
    setCentralWidget(splitter);

    m_syncState->setObjectName(QStringLiteral("syncState"));
    m_syncState->setAccessibleName(tr("Sync state"));
    m_syncState->setText(tr("On this computer only"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->setAccessibleName(tr("Status"));
    statusBar()->addPermanentWidget(m_syncState);

    resize(1000, 680);
    restoreGeometry(m_settings->value(settings::windowGeometry));
    const int lastPage = m_settings->value(settings::lastPage);
    if (lastPage >= 0 && lastPage < Navigator::pages().size())
        m_navigator->setCurrentPage(Navigator::pages().at(lastPage));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(settings::windowGeometry, saveGeometry());
    m_settings->setValue(settings::lastPage, int(m_navigator->currentPage()));
    QMainWindow::closeEvent(event);
}

QWidget *MainWindow::createPage(const QString &title)
{
    auto *page = new QWidget;
    page->setAccessibleName(title);
    auto *heading = new QLabel(title, page);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setAccessibleName(tr("Page heading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading);
    layout->addStretch(1);
    return page;
}

} // namespace hearth::ui
