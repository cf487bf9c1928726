#include "ui/signin/ShellBrowserDialog.h"

#include "ui/signin/ShellPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace hearth::ui {

ShellBrowserDialog::ShellBrowserDialog(QWidget *parent)
    : QDialog(parent)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_page(new ShellPage(m_profile))
    , m_view(new QWebEngineView(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_trustPanel(new QWidget(this))
    , m_trustText(new QLabel(m_trustPanel))
    , m_trustButton(new QPushButton(tr("Trust this certificate"), m_trustPanel))
{
    setObjectName(QStringLiteral("shellBrowserDialog"));
    setWindowTitle(tr("Sign in to a vault"));
    setAccessibleName(tr("Sign in to a vault"));

    m_view->setObjectName(QStringLiteral("shellView"));
    m_view->setAccessibleName(tr("Vault sign-in page"));
    m_view->setPage(m_page);

    m_progress->setObjectName(QStringLiteral("shellProgress"));
    m_progress->setAccessibleName(tr("Loading the page"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);

    m_status->setObjectName(QStringLiteral("shellStatus"));
    m_status->setAccessibleName(tr("Page status"));
    m_status->setWordWrap(true);

    m_trustPanel->setObjectName(QStringLiteral("trustPanel"));
    m_trustPanel->setAccessibleName(tr("Certificate confirmation"));
    m_trustText->setObjectName(QStringLiteral("trustText"));
    m_trustText->setAccessibleName(tr("Certificate fingerprint"));
    m_trustText->setWordWrap(true);
    m_trustText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    m_trustButton->setAccessibleName(tr("Trust this certificate"));
    auto *trustLayout = new QHBoxLayout(m_trustPanel);
    trustLayout->addWidget(m_trustText, 1);
    trustLayout->addWidget(m_trustButton);
    m_trustPanel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("shellButtons"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel sign-in"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_trustPanel);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_view, &QWebEngineView::loadStarted, m_progress, &QWidget::show);
    connect(m_view, &QWebEngineView::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        m_progress->hide();
        m_status->setText(ok || !m_trustPanel->isHidden()
                ? QString()
                : tr("The vault's page could not be loaded. Check the vault's "
                     "address and that it is running, then try again."));
    });
    connect(m_page, &ShellPage::applicationCompleted, this, [this](const QString &instanceId) {
        m_instanceId = instanceId;
        accept();
    });
    connect(m_page, &ShellPage::untrustedCertificate, this, &ShellBrowserDialog::askToTrust);
    connect(m_trustButton, &QPushButton::clicked, this, [this] {
        m_page->trustFingerprint(m_pendingFingerprint);
        m_trustPanel->hide();
        m_view->load(m_url);
    });

    resize(720, 640);
}

ShellBrowserDialog::~ShellBrowserDialog()
{
    // A browser profile must outlive its pages.
    m_view->setPage(nullptr);
    delete m_page;
}

void ShellBrowserDialog::load(const QUrl &shellUrl)
{
    m_url = shellUrl;
    m_page->setShellOrigin(shellUrl);
    m_view->load(shellUrl);
}

QUrl ShellBrowserDialog::completionUrl() const
{
    return m_page->completionUrl();
}

void ShellBrowserDialog::askToTrust(const QByteArray &sha256, const QString &description)
{
    m_pendingFingerprint = sha256;
    m_trustText->setText(
        tr("The vault at %1 uses a certificate that this computer does not trust (%2). "
           "Trust it only if the vault shows this same fingerprint:\n%3")
            .arg(m_url.host(), description, ShellPage::formatFingerprint(sha256)));
    m_trustButton->setEnabled(!sha256.isEmpty());
    m_trustPanel->show();
    m_trustButton->setFocus();
}

} // namespace hearth::ui
