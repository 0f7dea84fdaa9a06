/* The benchmark's floor: libyaml's event parser over the same files pactlint checks, and
 * nothing else (no tree, no rules). Reads the file paths from standard input, one per line.
 * Prints the number of files, bytes and events so the work cannot be optimised away. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static unsigned char *read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long length = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *bytes = malloc(length > 0 ? (size_t)length : 1);
    *size = fread(bytes, 1, (size_t)length, f);
    fclose(f);
    return bytes;
}

int main(void) {
    char path[4096];
    unsigned long files = 0, bytes = 0, events = 0, failures = 0;
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        size_t size = 0;
        unsigned char *input = read_file(path, &size);
        if (!input) { failures++; continue; }
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, input, size);
        int done = 0;
        while (!done) {
            if (!yaml_parser_parse(&parser, &event)) { failures++; break; }
            done = event.type == YAML_STREAM_END_EVENT;
            events++;
            yaml_event_delete(&event);
        }
        yaml_parser_delete(&parser);
        free(input);
        files++;
        bytes += size;
    }
    printf("floor: %lu files, %lu bytes, %lu events, %lu failures\n", files, bytes, events, failures);
    return failures ? 1 : 0;
}
