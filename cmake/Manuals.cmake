# Manual pages and shell completions (included from the top-level
# CMakeLists.txt before cmake/Packaging.cmake), installed on freedesktop.org
# systems in the "browser" component that the packages are made of:
# emdb.1 and emdb-browser.1 (packaging/man) in share/man/man1, compressed at
# build time with `gzip -9n` as Debian policy wants them (plain when there is
# no gzip), and the completions of emdb (packaging/completions) where bash,
# zsh and fish look for them.
if(NOT UNIX OR APPLE)
  return()
endif()

set(EMDB_MAN_DIR ${PROJECT_SOURCE_DIR}/packaging/man)
set(EMDB_COMPLETIONS_DIR ${PROJECT_SOURCE_DIR}/packaging/completions)

set(emdb_man_pages "")
if(TARGET emdb-cli)
  list(APPEND emdb_man_pages emdb.1)
endif()
if(TARGET emdb-browser)
  list(APPEND emdb_man_pages emdb-browser.1)
endif()

find_program(EMDB_GZIP gzip)
mark_as_advanced(EMDB_GZIP)
set(emdb_man_files "")
foreach(page IN LISTS emdb_man_pages)
  if(EMDB_GZIP)
    # -n: no name or time stamp in the header, so the package is reproducible.
    set(copy ${PROJECT_BINARY_DIR}/man/${page})
    add_custom_command(OUTPUT ${copy}.gz
      COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
      COMMAND ${CMAKE_COMMAND} -E copy ${EMDB_MAN_DIR}/${page} ${copy}
      COMMAND ${EMDB_GZIP} -9nf ${copy}
      DEPENDS ${EMDB_MAN_DIR}/${page}
      COMMENT "Compressing ${page}"
      VERBATIM)
    list(APPEND emdb_man_files ${copy}.gz)
  else()
    list(APPEND emdb_man_files ${EMDB_MAN_DIR}/${page})
  endif()
endforeach()
if(EMDB_GZIP AND emdb_man_files)
  add_custom_target(emdb-man-pages ALL DEPENDS ${emdb_man_files})
endif()
if(emdb_man_files)
  install(FILES ${emdb_man_files} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT browser)
endif()

if(TARGET emdb-cli)
  install(FILES ${EMDB_COMPLETIONS_DIR}/emdb.bash
          DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME emdb COMPONENT browser)
  install(FILES ${EMDB_COMPLETIONS_DIR}/_emdb
          DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions COMPONENT browser)
  install(FILES ${EMDB_COMPLETIONS_DIR}/emdb.fish
          DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d COMPONENT browser)
endif()
