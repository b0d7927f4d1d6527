# Translations of the browser (i18n/*.ts). lupdate reads the sources of
# emdb_ui_core, emdb_ui and emdb-browser (`cmake --build --preset dev --target
# update_translations` refreshes the catalogs); lrelease builds them into
# .qm files that are embedded in emdb_ui's resources under :/i18n and
# installed in share/emdb-browser/translations, where the browser looks first.
set(EMDB_TS_FILES
  ${PROJECT_SOURCE_DIR}/i18n/emdb_browser_en.ts
  ${PROJECT_SOURCE_DIR}/i18n/emdb_browser_de.ts
  ${PROJECT_SOURCE_DIR}/i18n/emdb_browser_es.ts
  ${PROJECT_SOURCE_DIR}/i18n/emdb_browser_fr.ts
  ${PROJECT_SOURCE_DIR}/i18n/emdb_browser_ja.ts
  ${PROJECT_SOURCE_DIR}/i18n/emdb_browser_zh_CN.ts)
qt_add_translations(TARGETS emdb_ui
  SOURCE_TARGETS emdb_ui_core emdb_ui emdb-browser
  TS_FILES ${EMDB_TS_FILES}
  QM_FILES_OUTPUT_VARIABLE emdb_qm_files
  LUPDATE_OPTIONS -no-obsolete -locations none
  INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/ui)
qt_add_resources(emdb_ui emdb_ui_translations PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${emdb_qm_files})
install(FILES ${emdb_qm_files} DESTINATION ${CMAKE_INSTALL_DATADIR}/emdb-browser/translations COMPONENT browser)
