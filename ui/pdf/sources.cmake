list(APPEND UI_SOURCES
  pdf/pdfexporter.h pdf/pdfexporter.cpp
  pdf/reportpainter.h pdf/reportpainter.cpp
  pdf/pdffonts.qrc
)
