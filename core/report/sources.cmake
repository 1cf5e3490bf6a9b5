list(APPEND CORE_SOURCES
  report/reportcontent.h report/reportcontent.cpp
  report/reportoptions.h report/reportoptions.cpp
  report/textwrap.h report/textwrap.cpp
  report/reportlayout.h report/reportlayout.cpp
  report/kpifacts.h report/kpifacts.cpp
  report/chartdata.h report/chartdata.cpp
  report/snapshotbuilder.h report/snapshotbuilder.cpp
  report/pdfamendment.h report/pdfamendment.cpp
  report/minutesbuilder.h report/minutesbuilder.cpp
  report/csvexport.h report/csvexport.cpp
)
