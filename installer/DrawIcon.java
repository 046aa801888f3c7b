// Draws the FactDesk icon into resources/icons/: run from the project root with `java installer/DrawIcon.java`.
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import java.io.File;
public class DrawIcon {
  public static void main(String[] a) throws Exception {
    for (int size : new int[]{256, 64, 32}) {
      BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
      Graphics2D g = img.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      double s = size / 256.0;
      g.scale(s, s);
      g.setPaint(new GradientPaint(0, 0, new Color(0x1f4e8c), 256, 256, new Color(0x163a69)));
      g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
      // page
      g.setColor(new Color(0xf5f7fa));
      g.fill(new RoundRectangle2D.Double(52, 40, 120, 156, 14, 14));
      g.setColor(new Color(0xb8c4d4));
      g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      for (int i = 0; i < 4; i++) g.draw(new Line2D.Double(74, 72 + i * 26, 150 - (i == 3 ? 30 : 0), 72 + i * 26));
      // highlight on one line
      g.setColor(new Color(0xf2c94c));
      g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new Line2D.Double(74, 98, 140, 98));
      // magnifier
      g.setColor(new Color(0x27ae60));
      g.fill(new Ellipse2D.Double(118, 112, 96, 96));
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      Path2D check = new Path2D.Double(); check.moveTo(142, 160); check.lineTo(160, 178); check.lineTo(192, 140);
      g.draw(check);
      g.dispose();
      ImageIO.write(img, "png", new File("resources/icons/factdesk-" + size + ".png"));
    }
  }
}
