; BrainTS kernel for neuron model PoissonGroup (models/poisson.ts:8), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): none.
; Group-uniform parameters (params): rate.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'PoissonGroup.cpu'
source_filename = "models/poisson.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @PoissonGroup_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/poisson.ts:12  update(t: number, dt: number) {
  %rate.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %rate = load double, double* %rate.slot, align 8, !dbg !7
  %0 = fmul double %rate, %dt, !dbg !8
  ; models/poisson.ts:13  if (rand() < this.rate * dt * 1e-3) this.spike();
  %u0 = fmul double %0, 1.000000e-03, !dbg !9
  %1 = add i32 %seed, -1640531527, !dbg !9
  %2 = lshr i32 %1, 16, !dbg !9
  %3 = xor i32 %1, %2, !dbg !9
  %4 = mul i32 %3, -2048144789, !dbg !9
  %5 = lshr i32 %4, 13, !dbg !9
  %6 = xor i32 %4, %5, !dbg !9
  %7 = mul i32 %6, -1028477387, !dbg !9
  %8 = lshr i32 %7, 16, !dbg !9
  %9 = xor i32 %7, %8, !dbg !9
  %10 = xor i32 %9, %stream, !dbg !9
  %11 = lshr i32 %10, 16, !dbg !9
  %12 = xor i32 %10, %11, !dbg !9
  %13 = mul i32 %12, -2048144789, !dbg !9
  %14 = lshr i32 %13, 13, !dbg !9
  %15 = xor i32 %13, %14, !dbg !9
  %16 = mul i32 %15, -1028477387, !dbg !9
  %17 = lshr i32 %16, 16, !dbg !9
  %18 = xor i32 %16, %17, !dbg !9
  %19 = trunc i64 %step to i32, !dbg !9
  %20 = xor i32 %18, %19, !dbg !9
  %21 = lshr i32 %20, 16, !dbg !9
  %22 = xor i32 %20, %21, !dbg !9
  %23 = mul i32 %22, -2048144789, !dbg !9
  %24 = lshr i32 %23, 13, !dbg !9
  %25 = xor i32 %23, %24, !dbg !9
  %26 = mul i32 %25, -1028477387, !dbg !9
  %27 = lshr i32 %26, 16, !dbg !9
  %step.key = xor i32 %26, %27, !dbg !9
  %28 = icmp slt i64 %begin, %end, !dbg !9
  br i1 %28, label %neuron, label %done, !dbg !9

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !9
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !9
  ; models/poisson.ts:8  @neuron
  %29 = trunc i64 %i to i32, !dbg !10
  %30 = xor i32 %step.key, %29, !dbg !10
  %31 = lshr i32 %30, 16, !dbg !10
  %32 = xor i32 %30, %31, !dbg !10
  %33 = mul i32 %32, -2048144789, !dbg !10
  %34 = lshr i32 %33, 13, !dbg !10
  %35 = xor i32 %33, %34, !dbg !10
  %36 = mul i32 %35, -1028477387, !dbg !10
  %37 = lshr i32 %36, 16, !dbg !10
  %element.key = xor i32 %36, %37, !dbg !10
  %38 = xor i32 %element.key, 0, !dbg !10
  %39 = lshr i32 %38, 16, !dbg !10
  %40 = xor i32 %38, %39, !dbg !10
  %41 = mul i32 %40, -2048144789, !dbg !10
  %42 = lshr i32 %41, 13, !dbg !10
  %43 = xor i32 %41, %42, !dbg !10
  %44 = mul i32 %43, -1028477387, !dbg !10
  %45 = lshr i32 %44, 16, !dbg !10
  %46 = xor i32 %44, %45, !dbg !10
  %47 = xor i32 %46, 461845907, !dbg !10
  %48 = lshr i32 %47, 16, !dbg !10
  %49 = xor i32 %47, %48, !dbg !10
  %50 = mul i32 %49, -2048144789, !dbg !10
  %51 = lshr i32 %50, 13, !dbg !10
  %52 = xor i32 %50, %51, !dbg !10
  %53 = mul i32 %52, -1028477387, !dbg !10
  %54 = lshr i32 %53, 16, !dbg !10
  %55 = xor i32 %53, %54, !dbg !10
  %56 = lshr i32 %55, 5, !dbg !10
  %57 = xor i32 %46, -430675100, !dbg !10
  %58 = lshr i32 %57, 16, !dbg !10
  %59 = xor i32 %57, %58, !dbg !10
  %60 = mul i32 %59, -2048144789, !dbg !10
  %61 = lshr i32 %60, 13, !dbg !10
  %62 = xor i32 %60, %61, !dbg !10
  %63 = mul i32 %62, -1028477387, !dbg !10
  %64 = lshr i32 %63, 16, !dbg !10
  %65 = xor i32 %63, %64, !dbg !10
  %66 = lshr i32 %65, 6, !dbg !10
  %67 = sitofp i32 %56 to double, !dbg !10
  %68 = fmul double %67, 0x4190000000000000, !dbg !10
  %69 = sitofp i32 %66 to double, !dbg !10
  %70 = fadd double %68, %69, !dbg !10
  %71 = fadd double %70, 5.000000e-01, !dbg !10
  %72 = fmul double %71, 0x3CA0000000000000, !dbg !10
  ; models/poisson.ts:13  if (rand() < this.rate * dt * 1e-3) this.spike();
  %spiked1 = fcmp olt double %72, %u0, !dbg !11
  ; models/poisson.ts:12  update(t: number, dt: number) {
  %spiked.byte = zext i1 %spiked1 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, 0, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %73 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %73, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  %74 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %74 to i32, !dbg !7
  ret i32 %result, !dbg !7
}

attributes #0 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "poisson.ts", directory: "models")
!4 = distinct !DISubprogram(name: "PoissonGroup.update", linkageName: "PoissonGroup_update", scope: !3, file: !3, line: 12, type: !5, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 12, column: 3, scope: !4)
!8 = !DILocation(line: 12, column: 21, scope: !4)
!9 = !DILocation(line: 13, column: 35, scope: !4)
!10 = !DILocation(line: 8, column: 1, scope: !4)
!11 = !DILocation(line: 13, column: 18, scope: !4)
; braints-hash: 56ab6857ff5eb9efcee7f4cd13692c92e6feb9bfe05a403e70bdf00193f35b3d
