package example.cards;

import dev.editions.model.Document;
import dev.editions.text.PlainText;
import dev.editions.write.EditionReport;
import dev.editions.write.EditionWriter;
import dev.editions.write.OptionKey;
import dev.editions.write.PageMap;
import dev.editions.write.WriteContext;
import dev.editions.write.WriterDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An edition written by a writer outside Editions: the report as prompt cards, a few blocks to a
 * card. It paginates (each card is a page, reported in a page map the EPUB edition of the same run
 * carries) and declares an option of its own, {@code cards.blocks-per-card}.
 */
public final class CardsWriter implements EditionWriter {
    /** How many top-level blocks go on one card. */
    public static final OptionKey<Double> BLOCKS_PER_CARD = OptionKey.number("cards.blocks-per-card", 3, 1, 20,
            "Top-level blocks on each card of the cards edition.");

    private static final WriterDescriptor DESCRIPTOR =
            WriterDescriptor.of("cards", "cards", "text/plain").withAliases("prompt-cards").paginating();

    @Override
    public WriterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<OptionKey<?>> options() {
        return List.of(BLOCKS_PER_CARD);
    }

    @Override
    public EditionReport write(Document document, OutputStream out, WriteContext context) throws IOException {
        int perCard = context.option(BLOCKS_PER_CARD).intValue();
        StringBuilder text = new StringBuilder();
        List<PageMap.PageStart> cards = new ArrayList<>();
        for (int block = 0; block < document.blocks().size(); block++) {
            if (block % perCard == 0) {
                String label = Integer.toString(cards.size() + 1);
                cards.add(new PageMap.PageStart(label, block, 0));
                text.append("== card ").append(label).append(" ==\n");
            }
            text.append(PlainText.of(document.blocks().get(block))).append("\n\n");
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        if (cards.isEmpty()) {
            return EditionReport.NONE;
        }
        return EditionReport.paginated(new PageMap("urn:example:cards", cards));
    }
}
