#include "domain/systemuser.h"
#include "report/reportoptions.h"
#include "workspace/workspace.h"

#include <QtTest>

using namespace Needle;

// Who edits and who wrote a PDF: $USER, else $USERNAME, else the account's name from the
// system; never "unknown" or a folder's name while the system knows the account.
class TestSystemUser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void name_data();
    void name();

private:
    QByteArray m_user, m_userName;
};

void TestSystemUser::initTestCase()
{
    m_user = qgetenv("USER");
    m_userName = qgetenv("USERNAME");
}

void TestSystemUser::cleanupTestCase()
{
    qputenv("USER", m_user);
    qputenv("USERNAME", m_userName);
}

void TestSystemUser::name_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("userName");
    QTest::addColumn<QString>("expected"); // empty: the account's name
    QTest::newRow("user") << QByteArray("alice") << QByteArray("bob") << QStringLiteral("alice");
    QTest::newRow("username_only") << QByteArray() << QByteArray("bob") << QStringLiteral("bob");
    QTest::newRow("neither") << QByteArray() << QByteArray() << QString();
}

void TestSystemUser::name()
{
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, userName);
    QFETCH(QString, expected);
    user.isEmpty() ? qunsetenv("USER") : qputenv("USER", user);
    userName.isEmpty() ? qunsetenv("USERNAME") : qputenv("USERNAME", userName);
    if (expected.isEmpty()) {
        expected = SystemUser::accountName();
        QVERIFY2(!expected.isEmpty(), "the system knows the account running the tests");
        QVERIFY(expected != QLatin1String("unknown"));
    }
    QCOMPARE(SystemUser::name(), expected);
    QString error;
    const auto ws = Workspace::createInMemory(&error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->userName(), expected);
    QCOMPARE(ReportOptions().resolved().author, expected);
}

QTEST_GUILESS_MAIN(TestSystemUser)
#include "tst_systemuser.moc"
