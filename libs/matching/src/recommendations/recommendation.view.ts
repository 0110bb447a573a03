import { ApiProperty } from '@nestjs/swagger';
import { ShiftView } from '@app/listings';

export class RecommendationScoreView {
  @ApiProperty({ example: 0.78, description: 'weighted sum of the parts, 0–1' }) total!: number;
  @ApiProperty({
    description: 'each part 0–1 (distance, skill, rating, reliability, fairness, favourite)',
    example: {
      distance: 0.8,
      skill: 0.75,
      rating: 0.75,
      reliability: 0.8,
      fairness: 1,
      favourite: 0,
    },
  })
  parts!: Record<string, number>;
}

export class RecommendationView {
  @ApiProperty({ type: ShiftView }) shift!: ShiftView;
  @ApiProperty({ description: "from the post's area to the site, km" }) distanceKm!: number;
  @ApiProperty({ type: RecommendationScoreView }) score!: RecommendationScoreView;
}

export class RecommendationsView {
  @ApiProperty({ type: [RecommendationView], description: 'best first, at most 20' })
  items!: RecommendationView[];
}
