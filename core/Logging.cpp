#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcApp, "hearth.app")
Q_LOGGING_CATEGORY(lcThing, "hearth.thing")
Q_LOGGING_CATEGORY(lcStore, "hearth.store")
Q_LOGGING_CATEGORY(lcProtocol, "hearth.protocol")
Q_LOGGING_CATEGORY(lcSync, "hearth.sync")
Q_LOGGING_CATEGORY(lcDocuments, "hearth.documents")
Q_LOGGING_CATEGORY(lcImaging, "hearth.imaging")
Q_LOGGING_CATEGORY(lcVault, "hearth.vault")
