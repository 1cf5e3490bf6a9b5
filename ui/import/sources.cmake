list(APPEND UI_SOURCES
  import/importtask.h import/importtask.cpp
  import/sheetgridmodel.h import/sheetgridmodel.cpp
  import/previewmodel.h import/previewmodel.cpp
  import/importwizard.h import/importwizard.cpp
  import/importpages.h import/importfilepage.cpp import/importmappingpage.cpp
  import/importpreviewpage.cpp import/newkpipanel.h import/newkpipanel.cpp
  import/importhistorydialog.h import/importhistorydialog.cpp
  import/watchedfoldersdialog.h import/watchedfoldersdialog.cpp
  import/importcontroller.h import/importcontroller.cpp
)
