# Packages of emdb Browser (included at the end of the top-level
# CMakeLists.txt): a Debian package on Linux, NSIS and WiX installers on
# Windows, a disk image on macOS. They hold the "browser" component only: the
# programs emdb-browser and emdb, the icon, the desktop entry, the metainfo and
# the MIME type (cmake/Desktop.cmake), not the engine's headers and library.
#
#   cmake --build build/release && cpack --config build/release/CPackConfig.cmake
if(NOT TARGET emdb-browser OR NOT TARGET emdb-cli OR NOT COMMAND emdb_render_icon)
  return()
endif()

set(EMDB_HOMEPAGE https://github.com/emdb-browser/emdb-browser)
set(EMDB_MAINTAINER "The emdb Browser developers <emdb-browser@users.noreply.github.com>")

# --- The executable on Windows and macOS -------------------------------------
# Set before the install rules below, which read MACOSX_BUNDLE.

if(WIN32)
  set_target_properties(emdb-browser PROPERTIES WIN32_EXECUTABLE ON)
  # The icon, in the .exe (Explorer, the taskbar) and in the installers.
  set(EMDB_ICON_ICO ${EMDB_ICON_DIR}/${EMDB_APP_ID}.ico)
  emdb_render_icon(${EMDB_ICON_ICO} 16 20 24 32 40 48 64 256)
  add_custom_target(emdb-icon-ico ALL DEPENDS ${EMDB_ICON_ICO})
  set(rc ${PROJECT_BINARY_DIR}/packaging/emdb-browser.rc)
  file(CONFIGURE OUTPUT ${rc} CONTENT "IDI_ICON1 ICON \"@EMDB_ICON_ICO@\"\n" @ONLY)
  target_sources(emdb-browser PRIVATE ${rc})
  set_source_files_properties(${rc} TARGET_DIRECTORY emdb-browser PROPERTIES OBJECT_DEPENDS ${EMDB_ICON_ICO})
  add_dependencies(emdb-browser emdb-icon-ico)
endif()

if(APPLE)
  # An application bundle whose Info.plist declares the .emdb document type.
  set_target_properties(emdb-browser PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${EMDB_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "emdb Browser"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE ${EMDB_APP_ID}.icns
    MACOSX_BUNDLE_COPYRIGHT "The emdb Browser developers")
  # The bundle's icon: an .iconset rendered from the SVG, packed by iconutil.
  set(iconset ${EMDB_ICON_DIR}/${EMDB_APP_ID}.iconset)
  set(EMDB_ICON_ICNS ${EMDB_ICON_DIR}/${EMDB_APP_ID}.icns)
  set(iconset_pngs "")
  foreach(entry 16:16x16 32:16x16@2x 32:32x32 64:32x32@2x 128:128x128 256:128x128@2x
                256:256x256 512:256x256@2x 512:512x512 1024:512x512@2x)
    string(REPLACE ":" ";" entry ${entry})
    list(GET entry 0 size)
    list(GET entry 1 name)
    emdb_render_icon(${iconset}/icon_${name}.png ${size})
    list(APPEND iconset_pngs ${iconset}/icon_${name}.png)
  endforeach()
  add_custom_command(OUTPUT ${EMDB_ICON_ICNS}
    COMMAND iconutil -c icns -o ${EMDB_ICON_ICNS} ${iconset}
    DEPENDS ${iconset_pngs}
    COMMENT "Packing ${EMDB_APP_ID}.icns"
    VERBATIM)
  add_custom_target(emdb-icon-icns ALL DEPENDS ${EMDB_ICON_ICNS})
  install(FILES ${EMDB_ICON_ICNS} DESTINATION emdb-browser.app/Contents/Resources COMPONENT browser)
endif()

# --- What the packages hold ---------------------------------------------------

# The programs again, in the browser component (app/ and cli/ install them in
# the default component, with the engine's headers and library).
if(WIN32)
  # With the DLLs they need that are neither Qt's (windeployqt's job below) nor
  # the system's: OpenSSL, libargon2, KF6SyntaxHighlighting.
  install(TARGETS emdb-browser emdb-cli RUNTIME_DEPENDENCY_SET emdb_runtime
          RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT browser)
  set(dll_dirs "")
  if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND dll_dirs ${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin)
  endif()
  if(KF6SyntaxHighlighting_DIR)
    cmake_path(SET kf6_bin NORMALIZE "${KF6SyntaxHighlighting_DIR}/../../../bin")
    list(APPEND dll_dirs ${kf6_bin})
  endif()
  install(RUNTIME_DEPENDENCY_SET emdb_runtime
          RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT browser
          PRE_EXCLUDE_REGEXES [[api-ms-.*]] [[ext-ms-.*]] [[^[Qq]t6.*]]
          POST_EXCLUDE_REGEXES [[.*[/\\][Ss]ystem32[/\\].*]]
          DIRECTORIES ${dll_dirs})
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT browser)
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
  include(InstallRequiredSystemLibraries)
else()
  install(TARGETS emdb-browser emdb-cli
          RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT browser
          BUNDLE DESTINATION . COMPONENT browser)
endif()

# Qt's libraries and plugins beside the program (windeployqt, macdeployqt).
# Linux packages depend on the distribution's Qt instead.
if((WIN32 OR APPLE) AND Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
  qt_generate_deploy_app_script(TARGET emdb-browser OUTPUT_SCRIPT emdb_deploy_script
                                NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${emdb_deploy_script} COMPONENT browser)
endif()

# --- CPack ----------------------------------------------------------------------

set(CPACK_PACKAGE_NAME emdb-browser)
set(CPACK_PACKAGE_VENDOR "The emdb Browser developers")
set(CPACK_PACKAGE_CONTACT "${EMDB_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL ${EMDB_HOMEPAGE})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Inspect and edit emdb key-value databases")
set(CPACK_PACKAGE_DESCRIPTION
    "emdb Browser opens the files of emdb 0.9, the embedded key-value store of
the Rust crate of that name, and shows their namespaces, keys and values: a
paged key table for millions of records, a value panel with syntax
highlighting, JSON, hex, Base64 and image views, edits that are synced before
they show, and encrypted, locked or damaged files.

The package also holds emdb, a command-line tool for the same operations
(info, keys, get, put, dump, load, check, compact, backup, rekey).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "emdb Browser")
set(CPACK_PACKAGE_EXECUTABLES emdb-browser "emdb Browser")
if(EXISTS ${PROJECT_SOURCE_DIR}/LICENSE)
  set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
  if(UNIX AND NOT APPLE)
    # Debian policy: the licence as /usr/share/doc/PACKAGE/copyright.
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/emdb-browser
            RENAME copyright COMPONENT browser)
  endif()
endif()
# Values reach cpack as written here (the NSIS commands hold backslashes and quotes).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_STRIP_FILES ON)

# The browser component only, as one package.
set(CPACK_COMPONENTS_ALL browser)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_COMPONENT_BROWSER_DISPLAY_NAME "emdb Browser")
set(CPACK_COMPONENT_BROWSER_DESCRIPTION "The emdb Browser application and the emdb command-line tool")
set(CPACK_COMPONENT_BROWSER_REQUIRED ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)

# Debian: dpkg-shlibdeps turns the programs' libraries into Depends.
set(CPACK_DEBIAN_PACKAGE_NAME emdb-browser)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${EMDB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${EMDB_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# SVG theme icons (Qt's SVG icon engine); the MIME type needs the database.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-svg-plugins, shared-mime-info")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xdg-utils")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Windows: NSIS registers .emdb files to open in the browser.
set(CPACK_NSIS_PACKAGE_NAME "emdb Browser ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "emdb Browser")
set(CPACK_NSIS_URL_INFO_ABOUT ${EMDB_HOMEPAGE})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\emdb-browser.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
if(DEFINED EMDB_ICON_ICO)
  set(CPACK_NSIS_MUI_ICON ${EMDB_ICON_ICO})
  set(CPACK_NSIS_MUI_UNIICON ${EMDB_ICON_ICO})
  set(CPACK_WIX_PRODUCT_ICON ${EMDB_ICON_ICO})
endif()
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
  WriteRegStr HKCR ".emdb" "" "emdb.Database"
  WriteRegStr HKCR ".emdb" "Content Type" "application/x-emdb-database"
  WriteRegStr HKCR "emdb.Database" "" "emdb Database"
  WriteRegStr HKCR "emdb.Database\DefaultIcon" "" "$INSTDIR\bin\emdb-browser.exe,0"
  WriteRegStr HKCR "emdb.Database\shell\open\command" "" '"$INSTDIR\bin\emdb-browser.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
  ReadRegStr $0 HKCR ".emdb" ""
  StrCmp $0 "emdb.Database" 0 +2
    DeleteRegKey HKCR ".emdb"
  DeleteRegKey HKCR "emdb.Database"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]])
# WiX (an MSI): a fixed upgrade code, so a new version replaces the old one.
set(CPACK_WIX_UPGRADE_GUID C0E8978F-B495-4C55-9B57-56C983D5F502)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "emdb Browser")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${EMDB_HOMEPAGE})

# macOS: a disk image with the bundle and a link to /Applications.
set(CPACK_DMG_VOLUME_NAME "emdb Browser")
set(CPACK_DMG_FORMAT UDZO)

# Source packages leave out builds and editor caches.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES [[/\.git/]] [[/build/]] [[/\.cache/]] [[/\.vscode/]])

if(WIN32)
  set(CPACK_GENERATOR NSIS)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  find_program(EMDB_DPKG_DEB dpkg-deb)
  if(EMDB_DPKG_DEB)
    set(CPACK_GENERATOR DEB)
  else()
    set(CPACK_GENERATOR TGZ)
  endif()
endif()

include(CPack)

# Builds the .deb, installs it with apt in a fresh Debian 13 root, runs it and
# removes it (tests/packaging/deb_check.sh).
if(EMDB_BUILD_TESTS AND CMAKE_SYSTEM_NAME STREQUAL "Linux" AND EMDB_DPKG_DEB)
  add_test(NAME deb_package COMMAND ${PROJECT_SOURCE_DIR}/tests/packaging/deb_check.sh ${PROJECT_BINARY_DIR})
  set_tests_properties(deb_package PROPERTIES LABELS packaging TIMEOUT 900 SKIP_RETURN_CODE 77)
endif()
