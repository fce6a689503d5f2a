package dev.editions.pdf.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The folders the PDF edition looks for fallback fonts in: those the user named first, then the
 * usual font folders of the operating system.
 */
final class FontFolders {
    private FontFolders() {
    }

    /**
     * The folders to search.
     *
     * @param named folders separated by the platform's path separator (or commas), searched first
     * @param system whether to add the font folders of the operating system this runs on
     */
    static List<Path> of(String named, boolean system) {
        return of(named, system ? Platform.current() : null);
    }

    /**
     * The folders to search: {@code named} (as in {@link #of(String, boolean)}), then the font
     * folders of {@code platform}, if not {@code null}.
     */
    static List<Path> of(String named, Platform platform) {
        List<Path> folders = new ArrayList<>();
        for (String part : named.split("[" + File.pathSeparator + ",]")) {
            if (!part.isBlank()) {
                folders.add(Path.of(part.strip()).toAbsolutePath().normalize());
            }
        }
        if (platform != null) {
            folders.addAll(platform.fontFolders());
        }
        return folders;
    }

    /**
     * What the font folders of an operating system depend on.
     *
     * @param osName the system's name, as the {@code os.name} property gives it ({@code Linux},
     *     {@code Mac OS X}, {@code Windows 11})
     * @param home the user's home folder, or empty
     * @param windows the Windows folder ({@code %WINDIR%}), or {@code null} for {@code C:\Windows}
     * @param localAppData the user's local application data ({@code %LOCALAPPDATA%}), or {@code null}
     */
    record Platform(String osName, String home, String windows, String localAppData) {
        /** The platform this runs on. */
        static Platform current() {
            return new Platform(System.getProperty("os.name", ""), System.getProperty("user.home", ""),
                    System.getenv("WINDIR"), System.getenv("LOCALAPPDATA"));
        }

        /** The font folders of this platform, in the order they are searched. */
        List<Path> fontFolders() {
            String os = osName.toLowerCase(Locale.ROOT);
            List<Path> folders = new ArrayList<>();
            if (os.startsWith("windows")) {
                folders.add(Path.of(windows == null || windows.isBlank() ? "C:\\Windows" : windows, "Fonts"));
                if (localAppData != null && !localAppData.isBlank()) {
                    folders.add(Path.of(localAppData, "Microsoft", "Windows", "Fonts"));
                }
            } else if (os.startsWith("mac")) {
                folders.add(Path.of("/Library/Fonts"));
                folders.add(Path.of("/System/Library/Fonts"));
                if (!home.isBlank()) {
                    folders.add(Path.of(home, "Library", "Fonts"));
                }
            } else {
                folders.add(Path.of("/usr/share/fonts"));
                folders.add(Path.of("/usr/local/share/fonts"));
                if (!home.isBlank()) {
                    folders.add(Path.of(home, ".local", "share", "fonts"));
                    folders.add(Path.of(home, ".fonts"));
                }
            }
            return folders;
        }
    }
}
