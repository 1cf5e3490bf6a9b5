list(APPEND UI_SOURCES
  pdf/pdfexporter.h pdf/pdfexporter.cpp
  pdf/reportpainter.h pdf/reportpainter.cpp
  pdf/reportcharts.h pdf/reportcharts.cpp
  pdf/exportpdfdialog.h pdf/exportpdfdialog.cpp
  pdf/pdffonts.qrc
)
