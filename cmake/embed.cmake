# Writes OUTPUT: a C file with every file under TEMPLATE_DIR (named by its path
# there, "decision/madr.md"), under HOOK_DIR (named "hooks/<name>") and under
# MANUAL_DIR (the manual's Markdown pages, "manual/<verb>.md") as a byte array,
# so an installed govlog needs no data files. Run by the build (cmake -P).
set(body "/* Generated from templates/ and hooks/ by cmake/embed.cmake: do not edit. */\n#include \"author/template_data.h\"\n\n")
set(table "const gl_template_data gl_templates[] = {\n")
set(i 0)

# Appends every file under DIR to body and table, named PREFIX + its path in DIR.
macro(embed_dir dir prefix)
  file(GLOB_RECURSE files RELATIVE ${dir} ${dir}/*)
  list(SORT files)
  foreach(f ${files})
    file(READ ${dir}/${f} hex HEX)
    string(LENGTH "${hex}" hexlen)
    math(EXPR len "${hexlen} / 2")
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
    string(APPEND body "static const unsigned char t${i}[] = {${bytes}0x00};\n")
    string(APPEND table "\t{\"${prefix}${f}\", (const char *)t${i}, ${len}},\n")
    math(EXPR i "${i} + 1")
  endforeach()
endmacro()

embed_dir(${TEMPLATE_DIR} "")
if(HOOK_DIR)
  embed_dir(${HOOK_DIR} "hooks/")
endif()
if(MANUAL_DIR)
  embed_dir(${MANUAL_DIR} "manual/")
endif()
string(APPEND table "\t{0, 0, 0},\n};\n")
file(WRITE ${OUTPUT}.tmp "${body}\n${table}")
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
