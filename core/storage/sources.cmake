list(APPEND CORE_SOURCES
  storage/database.h storage/database.cpp
  storage/migrations.h storage/migrations.cpp
  storage/sql.h storage/sql.cpp
  storage/ownerrepository.h storage/ownerrepository.cpp
  storage/kpirepository.h storage/kpirepository.cpp
  storage/targetrepository.h storage/targetrepository.cpp
  storage/benchmarkrepository.h storage/benchmarkrepository.cpp
  storage/measurementrepository.h storage/measurementrepository.cpp
  storage/seriescache.h storage/seriescache.cpp
  storage/reviewrepository.h storage/reviewrepository.cpp
  storage/changelogrepository.h storage/changelogrepository.cpp
  storage/bulkvalues.h storage/bulkvalues.cpp
  storage/bulkreferencechecks.h
  storage/valuestore.h storage/sqlitevaluestore.h storage/sqlitevaluestore.cpp
  storage/portablevaluestore.h storage/portablevaluestore.cpp
  storage/importrepository.h storage/importrepository.cpp
)
list(APPEND CORE_SOURCES storage/sourcerepository.h storage/sourcerepository.cpp)
