# Desktop integration and the Debian package (issue: translations and packaging).
set(pkg_dir ${PROJECT_SOURCE_DIR}/packaging)

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
  add_test(NAME packaging_desktop_entry_valid
           COMMAND ${DESKTOP_FILE_VALIDATE} ${pkg_dir}/io.github.needle.Needle.desktop)
endif()

find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
  add_test(NAME packaging_metainfo_valid
           COMMAND ${APPSTREAMCLI} validate --no-net ${pkg_dir}/io.github.needle.Needle.metainfo.xml)
endif()

# The man page names every command and option `needle --help` prints.
add_test(NAME packaging_man_page_matches_help
         COMMAND ${CMAKE_COMMAND} -DNEEDLE=$<TARGET_FILE:needle> -DMAN_PAGE=${pkg_dir}/needle.1
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/packaging/scripts/checkmanpage.cmake)

# A file holding a workspace is recognised by its content, whatever its name.
find_program(UPDATE_MIME_DATABASE update-mime-database)
find_program(GIO gio)
find_program(SQLITE3 sqlite3)
if(UPDATE_MIME_DATABASE AND GIO)
  add_test(NAME packaging_mime_type_by_content
           COMMAND ${CMAKE_COMMAND} -DNEEDLE=$<TARGET_FILE:needle> -DGIO=${GIO} -DSQLITE3=${SQLITE3}
                   -DUPDATE_MIME_DATABASE=${UPDATE_MIME_DATABASE} -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}
                   -DMIME_XML=${pkg_dir}/io.github.needle.Needle.mime.xml
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/packaging/scripts/checkmimetype.cmake)
endif()

# cpack -G DEB builds the package; its file list holds everything a desktop install needs.
find_program(DPKG_DEB dpkg-deb)
if(DPKG_DEB)
  add_test(NAME packaging_deb_file_list
           COMMAND ${CMAKE_COMMAND} -DBINARY_DIR=${PROJECT_BINARY_DIR} -DDPKG_DEB=${DPKG_DEB}
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/packaging/scripts/checkpackage.cmake)
  set_tests_properties(packaging_deb_file_list PROPERTIES TIMEOUT 300 RUN_SERIAL TRUE)
endif()
