list(APPEND CORE_SOURCES
  catalog/kpilibrary.h catalog/kpilibrary.cpp
  catalog/nps.h catalog/nps.cpp
)
