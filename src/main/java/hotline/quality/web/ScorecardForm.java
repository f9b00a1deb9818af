package hotline.quality.web;

import hotline.quality.FatalMode;
import hotline.quality.ItemType;
import hotline.quality.ScorecardContent;
import hotline.quality.Scorecards;

import java.util.ArrayList;
import java.util.List;

/** The scorecard editor's form: the whole draft, bound by index ({@code sections[0].items[1].name}). */
public class ScorecardForm {

    private long version;
    private String name;
    private String description;
    private int passScore = 80;
    private List<SectionForm> sections = new ArrayList<>();

    static ScorecardForm of(Scorecards.ScorecardView card) {
        var form = new ScorecardForm();
        form.version = card.version();
        form.name = card.name();
        form.description = card.description();
        form.passScore = card.draft().passScore();
        for (var section : card.draft().sections()) {
            var s = new SectionForm();
            s.setName(section.name());
            s.setWeight(section.weight());
            for (var item : section.items()) {
                var i = new ItemForm();
                i.setCode(item.code());
                i.setName(item.name());
                i.setGuidance(item.guidance());
                i.setType(item.type());
                i.setWeight(item.weight());
                i.setMax(item.max());
                i.setAllowNa(item.allowNa());
                i.setFatal(item.fatal());
                s.getItems().add(i);
            }
            form.sections.add(s);
        }
        return form;
    }

    ScorecardContent content() {
        return new ScorecardContent(passScore, sections.stream()
                .map(s -> new ScorecardContent.Section(s.getName(), s.getWeight(), s.getItems().stream()
                        .map(i -> new ScorecardContent.Item(i.getCode(), i.getName(),
                                i.getGuidance() == null || i.getGuidance().isBlank() ? null : i.getGuidance(),
                                i.getType() == null ? ItemType.YES_NO : i.getType(), i.getWeight(), i.getMax(),
                                i.isAllowNa(), i.getFatal()))
                        .toList()))
                .toList());
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public int getPassScore() { return passScore; }
    public void setPassScore(int passScore) { this.passScore = passScore; }
    public List<SectionForm> getSections() { return sections; }
    public void setSections(List<SectionForm> sections) { this.sections = sections; }

    public static class SectionForm {
        private String name;
        private int weight = 10;
        private List<ItemForm> items = new ArrayList<>();

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public int getWeight() { return weight; }
        public void setWeight(int weight) { this.weight = weight; }
        public List<ItemForm> getItems() { return items; }
        public void setItems(List<ItemForm> items) { this.items = items; }
    }

    public static class ItemForm {
        private String code;
        private String name;
        private String guidance;
        private ItemType type = ItemType.YES_NO;
        private int weight = 5;
        private int max = 1;
        private boolean allowNa;
        private FatalMode fatal = FatalMode.NONE;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getGuidance() { return guidance; }
        public void setGuidance(String guidance) { this.guidance = guidance; }
        public ItemType getType() { return type; }
        public void setType(ItemType type) { this.type = type; }
        public int getWeight() { return weight; }
        public void setWeight(int weight) { this.weight = weight; }
        public int getMax() { return max; }
        public void setMax(int max) { this.max = max; }
        public boolean isAllowNa() { return allowNa; }
        public void setAllowNa(boolean allowNa) { this.allowNa = allowNa; }
        public FatalMode getFatal() { return fatal; }
        public void setFatal(FatalMode fatal) { this.fatal = fatal; }
    }
}
