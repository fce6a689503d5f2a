package dev.editions.benchmarks;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import dev.editions.pdf.PdfWriter;
import dev.editions.write.EditionOptions;
import dev.editions.write.EditionReport;
import dev.editions.write.WriteContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes the PDF edition of a report in another script beside a Latin one of the same size: 50,000
 * characters of Chinese against 50,000 characters of English, and 20,000 words of Arabic against
 * 20,000 words of English. The Chinese and Arabic text needs the installed Noto fonts
 * ({@code .ci/install-fonts}); it is drawn in them, broken into lines by the script's rules and, for
 * Arabic, shaped through the font's OpenType tables and put in visual order. JMH measures wall-clock
 * time; {@link ScriptsRatios} measures the writing thread's processor time and prints the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScriptsBenchmark {
    private static final List<String> CHINESE = List.of("本报告总结了过去一年的主要工作和成果。",
            "专家们在会议上讨论了区域安全与合作的问题。", "各方同意在明年继续举行对话，并加强信息交流。",
            "研究表明，透明度措施有助于减少误判和紧张局势。", "图书馆的访客人数比上一年增加了百分之十二。",
            "我们建议建立一个常设工作组来跟进这些建议。", "会议期间，代表们还参观了当地的历史博物馆。",
            "报告最后列出了下一阶段需要解决的几个问题。");
    private static final List<String> ARABIC = List.of("يلخص هذا التقرير عمل المكتبة العامة خلال العام الماضي.",
            "ناقش الخبراء في الاجتماع قضايا الأمن والتعاون الإقليمي.",
            "اتفقت الأطراف على مواصلة الحوار في العام المقبل وتعزيز تبادل المعلومات.",
            "تظهر الدراسات أن تدابير الشفافية تساعد على تقليل سوء الفهم والتوتر.",
            "زاد عدد زوار المكتبة بنسبة اثني عشر في المئة مقارنة بالعام السابق.",
            "نوصي بإنشاء فريق عمل دائم لمتابعة هذه التوصيات.", "زار المندوبون خلال الاجتماع متحف التاريخ المحلي.",
            "يختتم التقرير بقائمة من القضايا التي يجب معالجتها في المرحلة التالية.");
    private static final List<String> ENGLISH = List.of("This report sums up the main work of the past year.",
            "The experts discussed regional security and cooperation at the meeting.",
            "The parties agreed to continue the dialogue next year and to share more information.",
            "Studies show that measures of transparency help to reduce misjudgement and tension.",
            "Visitors to the library rose by twelve per cent on the year before.",
            "We recommend a standing working group to follow up these recommendations.",
            "During the meeting the delegates also visited the local history museum.",
            "The report ends with the questions the next stage has to settle.");

    /** Which report: {@code chinese} or {@code latin-chars} (50,000 characters), {@code arabic} or {@code latin-words} (20,000 words). */
    @Param({"latin-chars", "chinese", "latin-words", "arabic"})
    private String report;

    private Document document;
    private final PdfWriter writer = new PdfWriter();
    private final WriteContext options = WriteContext.of(EditionOptions.builder().build(), "benchmark");

    /** Makes the report and prints the pages of its PDF. */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        document = report(report);
        EditionReport written = writer.write(document, OutputStream.nullOutputStream(), options);
        System.out.println(report + ": " + written.pageStarts().size() + " pages");
    }

    /** Lays out, tags and writes the whole PDF. */
    @Benchmark
    public EditionReport writePdf() throws IOException {
        return writer.write(document, OutputStream.nullOutputStream(), options);
    }

    /** The report called {@code name}: one of the values of {@link #report}. */
    static Document report(String name) {
        return switch (name) {
            case "chinese" -> report("zh", CHINESE, 50_000, false);
            case "latin-chars" -> report("en", ENGLISH, 50_000, false);
            case "arabic" -> report("ar", ARABIC, 20_000, true);
            case "latin-words" -> report("en", ENGLISH, 20_000, true);
            default -> throw new IllegalArgumentException("no report " + name);
        };
    }

    /** A report in {@code language} of {@code size} characters, or words when {@code words}. */
    static Document report(String language, List<String> sentences, int size, boolean words) {
        SplittableRandom random = new SplittableRandom(7);
        List<Block> blocks = new ArrayList<>();
        int count = 0;
        int section = 0;
        while (count < size) {
            if (blocks.size() % 20 == 0) {
                section++;
                blocks.add(new Heading(2, List.of(new Text(sentences.get(section % sentences.size())
                        .replaceAll("[.。]$", "")))));
            }
            StringBuilder paragraph = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                String sentence = sentences.get(random.nextInt(sentences.size()));
                paragraph.append(paragraph.isEmpty() || language.equals("zh") ? "" : " ").append(sentence);
                count += words ? sentence.split(" ").length : sentence.length();
            }
            blocks.add(Paragraph.of(paragraph.toString()));
        }
        return Document.of(Metadata.builder().title("Scripts " + language).language(language).build(), blocks);
    }
}
