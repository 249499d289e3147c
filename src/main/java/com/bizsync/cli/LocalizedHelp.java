package com.bizsync.cli;

import java.util.List;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.ArgSpec;

/**
 * Usage help whose value placeholders are in the user's language too (--data=DOSSIER in French):
 * picocli reads descriptions from the bundle but takes parameter labels from the annotations, so
 * each label is looked up as {@code paramLabel.<LABEL>} in the same bundle.
 */
final class LocalizedHelp implements CommandLine.IHelpFactory {
    private final ResourceBundle bundle;

    LocalizedHelp(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public Help create(CommandLine.Model.CommandSpec spec, Help.ColorScheme colors) {
        return new Help(spec, colors) {
            @Override
            public Help.IParamLabelRenderer parameterLabelRenderer() {
                Help.IParamLabelRenderer standard = createDefaultParamLabelRenderer();
                return new Help.IParamLabelRenderer() {
                    @Override
                    public Ansi.Text renderParameterLabel(ArgSpec arg, Ansi ansi, List<Ansi.IStyle> styles) {
                        Ansi.Text text = standard.renderParameterLabel(arg, ansi, styles);
                        String key = "paramLabel." + arg.paramLabel();
                        if (!bundle.containsKey(key)) {
                            return text;
                        }
                        return ansi.new Text(text.plainString().replace(arg.paramLabel(), bundle.getString(key)),
                                colors);
                    }

                    @Override
                    public String separator() {
                        return standard.separator();
                    }
                };
            }
        };
    }
}
