# Desktop integration of emdb-browser on freedesktop.org systems (included
# from the top-level CMakeLists.txt after app/): the application icon as SVG
# and as PNGs rendered from it at build time, the desktop entry, the AppStream
# metainfo and the shared-mime-info type of .emdb files, all installed in the
# "browser" component that the packages are made of (cmake/Packaging.cmake
# adds the programs to it).

set(EMDB_APP_ID org.emdb.Browser)
set(EMDB_RESOURCES_DIR ${PROJECT_SOURCE_DIR}/resources)
set(EMDB_ICON_SVG ${EMDB_RESOURCES_DIR}/icons/${EMDB_APP_ID}.svg)
set(EMDB_ICON_SIZES 16 22 24 32 48 64 128 256)
set(EMDB_ICON_DIR ${PROJECT_BINARY_DIR}/icons)

# emdb-render-icon SVG OUT.png SIZE | SVG OUT.ico SIZE...: the build's renderer.
add_executable(emdb-render-icon ${EMDB_RESOURCES_DIR}/tools/render_icon.cpp)
target_link_libraries(emdb-render-icon PRIVATE Qt6::Gui Qt6::Svg)
emdb_warnings(emdb-render-icon)

# emdb_render_icon(OUTPUT SIZE...): OUTPUT (a .png of one size or a .ico of
# several) is rendered from the SVG whenever it or the renderer changes.
function(emdb_render_icon output)
  get_filename_component(dir ${output} DIRECTORY)
  get_filename_component(name ${output} NAME)
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
    COMMAND emdb-render-icon ${EMDB_ICON_SVG} ${output} ${ARGN}
    DEPENDS emdb-render-icon ${EMDB_ICON_SVG}
    COMMENT "Rendering ${name} (${ARGN})"
    VERBATIM)
endfunction()

set(emdb_icon_pngs "")
foreach(size IN LISTS EMDB_ICON_SIZES)
  set(png ${EMDB_ICON_DIR}/hicolor/${size}x${size}/apps/${EMDB_APP_ID}.png)
  emdb_render_icon(${png} ${size})
  list(APPEND emdb_icon_pngs ${png})
  if(UNIX AND NOT APPLE)
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT browser)
  endif()
endforeach()
add_custom_target(emdb-icons ALL DEPENDS ${emdb_icon_pngs})

if(UNIX AND NOT APPLE)
  install(FILES ${EMDB_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT browser)
  install(FILES ${EMDB_RESOURCES_DIR}/${EMDB_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT browser)
  install(FILES ${EMDB_RESOURCES_DIR}/${EMDB_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT browser)
  # update-mime-database reads packages/<name>.xml; the type is named after the app.
  install(FILES ${EMDB_RESOURCES_DIR}/${EMDB_APP_ID}.mime.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${EMDB_APP_ID}.xml COMPONENT browser)
endif()

