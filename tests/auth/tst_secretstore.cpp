// SecretStore: the in-memory store, and the keychain store falling back to memory (with a reason)
// when no keychain service answers, as on a headless machine.
#include "auth/keychainsecretstore.h"
#include "auth/secretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace maas;

namespace {

SecretReadResult readAndWait(SecretStore &store, const QString &key)
{
    QObject context;
    SecretReadResult result;
    bool done = false;
    store.read(key, &context, [&](const SecretReadResult &r) {
        result = r;
        done = true;
    });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&done] { return done; }, 40'000);
    return result;
}

QString writeAndWait(SecretStore &store, const QString &key, const QByteArray &value)
{
    QObject context;
    QString error = u"not called"_s;
    store.write(key, value, &context, [&error](const QString &e) { error = e; });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&error] { return error != u"not called"; }, 40'000);
    return error;
}

QString removeAndWait(SecretStore &store, const QString &key)
{
    QObject context;
    QString error = u"not called"_s;
    store.remove(key, &context, [&error](const QString &e) { error = e; });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&error] { return error != u"not called"; }, 40'000);
    return error;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void memoryStore();
    void callbacksAreAsynchronousAndGuarded();
    void headlessKeychainFallsBackToMemory();
};

void TestSecretStore::initTestCase()
{
    // A headless session: no D-Bus session bus, no display to autolaunch one from.
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/maas-test-bus");
}

void TestSecretStore::memoryStore()
{
    MemorySecretStore store;
    QVERIFY(!store.persistent());
    QVERIFY(!store.notPersistentReason().isEmpty());
    QVERIFY(!readAndWait(store, u"pasted-token"_s).found);
    QCOMPARE(writeAndWait(store, u"pasted-token"_s, "ya29.secret"), QString());
    const SecretReadResult read = readAndWait(store, u"pasted-token"_s);
    QVERIFY(read.found);
    QCOMPARE(read.value, "ya29.secret"_ba);
    QCOMPARE(writeAndWait(store, u"pasted-token"_s, "ya29.other"), QString());
    QCOMPARE(readAndWait(store, u"pasted-token"_s).value, "ya29.other"_ba);
    QCOMPARE(removeAndWait(store, u"pasted-token"_s), QString());
    QVERIFY(!readAndWait(store, u"pasted-token"_s).found);
}

void TestSecretStore::callbacksAreAsynchronousAndGuarded()
{
    MemorySecretStore store;
    bool called = false;
    {
        QObject context;
        store.read(u"k"_s, &context, [&called](const SecretReadResult &) { called = true; });
        QVERIFY(!called); // never synchronous
    }
    QTest::qWait(10);
    QVERIFY(!called); // never after the context is gone
}

void TestSecretStore::headlessKeychainFallsBackToMemory()
{
    KeychainSecretStore store(KeychainSecretStore::kDefaultService, nullptr, 20'000);
    QSignalSpy changed(&store, &SecretStore::persistenceChanged);
    QObject context;
    bool probed = false;
    store.probe(&context, [&probed] { probed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(probed, 30'000);
    if (store.persistent())
        QSKIP("a keychain service answered on this machine; not writing test secrets into it");
    QVERIFY(!store.notPersistentReason().isEmpty());
    QVERIFY(changed.count() <= 1);

    // Secrets still work for this session, from memory.
    QCOMPARE(writeAndWait(store, u"maas-test-secret"_s, "1//0gSessionOnly"), QString());
    const SecretReadResult read = readAndWait(store, u"maas-test-secret"_s);
    QVERIFY(read.found);
    QCOMPARE(read.value, "1//0gSessionOnly"_ba);
    QVERIFY(!read.error.contains(u"1//0g"_s));
    QCOMPARE(removeAndWait(store, u"maas-test-secret"_s), QString());
    QVERIFY(!readAndWait(store, u"maas-test-secret"_s).found);
    // The default store is that same keychain store.
    const auto defaultStore = SecretStore::createDefault();
    QVERIFY(qobject_cast<KeychainSecretStore *>(defaultStore.get()));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
