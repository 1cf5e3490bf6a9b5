# Builds the Debian package with cpack and checks its file list.
set(out ${BINARY_DIR}/packaging-test)
file(REMOVE_RECURSE ${out})
file(MAKE_DIRECTORY ${out})
execute_process(COMMAND ${CMAKE_CPACK_COMMAND} -G DEB -B ${out}
                        --config ${BINARY_DIR}/CPackConfig.cmake
                RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack -G DEB failed:\n${log}")
endif()
file(GLOB debs ${out}/needle_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one needle_*.deb in ${out}, found: ${debs}")
endif()
execute_process(COMMAND ${DPKG_DEB} -c ${debs} OUTPUT_VARIABLE files RESULT_VARIABLE rc)
execute_process(COMMAND ${DPKG_DEB} -f ${debs} Depends OUTPUT_VARIABLE depends)
set(expected
  ./usr/bin/needle
  ./usr/share/applications/io.github.needle.Needle.desktop
  ./usr/share/metainfo/io.github.needle.Needle.metainfo.xml
  ./usr/share/mime/packages/io.github.needle.Needle.xml
  ./usr/share/icons/hicolor/scalable/apps/io.github.needle.Needle.svg
  ./usr/share/icons/hicolor/48x48/apps/io.github.needle.Needle.png
  ./usr/share/icons/hicolor/256x256/apps/io.github.needle.Needle.png
  ./usr/share/man/man1/needle.1
  ./usr/share/doc/needle/copyright
  ./usr/share/needle/translations/needle_de.qm
  ./usr/share/needle/translations/needle_fr.qm
  ./usr/share/needle/translations/needle_es.qm)
set(missing)
foreach(path ${expected})
  string(FIND "${files}" "${path}" at)
  if(at EQUAL -1)
    list(APPEND missing ${path})
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "the package lacks: ${missing}\nIt holds:\n${files}")
endif()
foreach(lib libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6-sqlite libquazip1-qt6 libmuparser libsqlite3)
  string(FIND "${depends}" "${lib}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package does not depend on ${lib}: ${depends}")
  endif()
endforeach()
string(FIND "${files}" "include/" headers)
if(NOT headers EQUAL -1)
  message(FATAL_ERROR "the package ships headers:\n${files}")
endif()
file(REMOVE_RECURSE ${out})
message(STATUS "the package holds everything; depends on ${depends}")
